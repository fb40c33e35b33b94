// The light and dark palettes keep every text role legible on its background
// (WCAG contrast, in every colour group), and under them Fusion, as the app
// sets it up, draws check boxes and the boxes of unchecked menu items with an
// outline that stands out from the window.
#include "colorscheme.h"
#include "contraststyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QMenu>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>

using namespace Postwright;

namespace {

QPalette schemePalette(const QString &scheme)
{
    if (scheme == u"dark")
        return ColorScheme::darkPalette();
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return ColorScheme::lightPalette(fusion->standardPalette());
}

// The largest contrast against BACKGROUND of any pixel in RECT of IMAGE.
double strongestContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    double strongest = 1.0;
    const QRect inside = rect & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            strongest = std::max(strongest, ColorScheme::contrastRatio(image.pixelColor(x, y), background));
    return strongest;
}

} // namespace

class TestColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(new ContrastStyle);
    }

    void contrastRatioFollowsWcag()
    {
        QCOMPARE(ColorScheme::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ColorScheme::contrastRatio(Qt::white, Qt::black), 21.0);
        QCOMPARE(ColorScheme::contrastRatio(QColor(0x76, 0x76, 0x76), QColor(0x76, 0x76, 0x76)), 1.0);
        // #767676 on white is the well-known 4.54:1.
        QVERIFY(qAbs(ColorScheme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void textRolesAreLegible_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("foreground");
        QTest::addColumn<int>("background");
        QTest::addColumn<double>("minimum");
        const struct {
            const char *name;
            QPalette::ColorRole foreground, background;
        } pairs[] = {
            {"window text", QPalette::WindowText, QPalette::Window},
            {"text", QPalette::Text, QPalette::Base},
            {"text on alternate rows", QPalette::Text, QPalette::AlternateBase},
            {"button text", QPalette::ButtonText, QPalette::Button},
            {"placeholder", QPalette::PlaceholderText, QPalette::Base},
            {"placeholder on the window", QPalette::PlaceholderText, QPalette::Window},
            {"selected text", QPalette::HighlightedText, QPalette::Highlight},
            {"link", QPalette::Link, QPalette::Base},
            {"link on the window", QPalette::Link, QPalette::Window},
            {"visited link", QPalette::LinkVisited, QPalette::Base},
            {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
        };
        const struct {
            const char *name;
            QPalette::ColorGroup group;
            double minimum;
        } groups[] = {
            {"active", QPalette::Active, 4.5},
            {"inactive", QPalette::Inactive, 4.5},
            // Disabled text may be dimmer (WCAG exempts it), never faint.
            {"disabled", QPalette::Disabled, 3.0},
        };
        for (const char *scheme : {"dark", "light"})
            for (const auto &group : groups)
                for (const auto &pair : pairs) {
                    // Fusion's disabled links and visited links are its
                    // active ones; a disabled link is not a thing to read.
                    if (group.group == QPalette::Disabled
                        && (pair.foreground == QPalette::Link || pair.foreground == QPalette::LinkVisited))
                        continue;
                    QTest::addRow("%s, %s, %s", scheme, group.name, pair.name)
                        << QString::fromLatin1(scheme) << int(group.group) << int(pair.foreground)
                        << int(pair.background) << group.minimum;
                }
    }

    void textRolesAreLegible()
    {
        QFETCH(QString, scheme);
        QFETCH(int, group);
        QFETCH(int, foreground);
        QFETCH(int, background);
        QFETCH(double, minimum);
        const QPalette palette = schemePalette(scheme);
        const QColor fg = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(foreground));
        const QColor bg = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(background));
        QCOMPARE(fg.alpha(), 255); // a ratio of a translucent colour means nothing
        const double ratio = ColorScheme::contrastRatio(fg, bg);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3:1, below %4:1")
                                                  .arg(fg.name(), bg.name())
                                                  .arg(ratio, 0, 'f', 2)
                                                  .arg(minimum)));
    }

    void disabledTextLooksDisabled_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("light") << QStringLiteral("light");
    }

    void disabledTextLooksDisabled()
    {
        QFETCH(QString, scheme);
        const QPalette palette = schemePalette(scheme);
        const QColor window = palette.color(QPalette::Window);
        // Legible, and still fainter than enabled text.
        QVERIFY(ColorScheme::contrastRatio(palette.color(QPalette::Disabled, QPalette::WindowText), window)
                < ColorScheme::contrastRatio(palette.color(QPalette::Active, QPalette::WindowText), window) / 1.5);
        QVERIFY(ColorScheme::contrastRatio(palette.color(QPalette::Disabled, QPalette::Text), palette.color(QPalette::Base))
                < ColorScheme::contrastRatio(palette.color(QPalette::Active, QPalette::Text), palette.color(QPalette::Base))
                      / 1.5);
    }

    void selectionStandsOutFromTheBase_data() { disabledTextLooksDisabled_data(); }

    void selectionStandsOutFromTheBase()
    {
        QFETCH(QString, scheme);
        const QPalette palette = schemePalette(scheme);
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            QVERIFY(ColorScheme::contrastRatio(palette.color(group, QPalette::Highlight), palette.color(group, QPalette::Base))
                    >= 3.0);
    }

    void warningsAndErrorsAreLegible_data() { disabledTextLooksDisabled_data(); }

    // The Insert Image dialog's empty-alt warning and its error line.
    void warningsAndErrorsAreLegible()
    {
        QFETCH(QString, scheme);
        const QPalette palette = schemePalette(scheme);
        QVERIFY(ColorScheme::contrastRatio(ColorScheme::warningText(palette), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(ColorScheme::contrastRatio(ColorScheme::errorText(palette), palette.color(QPalette::Window)) >= 4.5);
    }

    void checkBoxIndicatorIsOutlined_data() { disabledTextLooksDisabled_data(); }

    // The Front Matter dock's Published box, unchecked: its outline, on every
    // side, at 3:1 against the window (WCAG's non-text contrast).
    void checkBoxIndicatorIsOutlined()
    {
        QFETCH(QString, scheme);
        const QPalette palette = schemePalette(scheme);
        QCheckBox box(QStringLiteral("Published"));
        box.setPalette(palette);
        box.ensurePolished();
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&box);
        option.rect = box.rect();
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        QVERIFY(!indicator.isEmpty());
        const QColor window = palette.color(QPalette::Window);
        const QPoint c = indicator.center();
        // A band two pixels deep at the middle of each side (antialiasing
        // may spread the line over two).
        const QRect sides[] = {
            QRect(indicator.left(), c.y() - 1, 2, 3),
            QRect(indicator.right() - 1, c.y() - 1, 2, 3),
            QRect(c.x() - 1, indicator.top(), 3, 2),
            QRect(c.x() - 1, indicator.bottom() - 1, 3, 2),
        };
        for (const QRect &side : sides) {
            const double ratio = strongestContrast(image, side, window);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("the box's side at %1,%2: %3:1 against the window")
                                                  .arg(side.x())
                                                  .arg(side.y())
                                                  .arg(ratio, 0, 'f', 2)));
        }
    }

    void uncheckedMenuItemShowsItsBox_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<bool>("withIcon");
        for (const char *scheme : {"dark", "light"}) {
            QTest::addRow("%s", scheme) << QString::fromLatin1(scheme) << false;
            QTest::addRow("%s, with an icon", scheme) << QString::fromLatin1(scheme) << true;
        }
    }

    // An unchecked checkable item (View > Allow Web Content) beside a plain
    // one: the pixels where they differ are the box, and it must be visible.
    // View > Posts has an icon, which Fusion draws instead of the box: a
    // transparent icon here, so that only a box can make a difference.
    void uncheckedMenuItemShowsItsBox()
    {
        QFETCH(QString, scheme);
        QFETCH(bool, withIcon);
        const QPalette palette = schemePalette(scheme);
        QMenu menu;
        menu.setPalette(palette);
        QAction *checkable = menu.addAction(QStringLiteral("Posts"));
        if (withIcon) {
            QPixmap transparent(16, 16);
            transparent.fill(Qt::transparent);
            checkable->setIcon(QIcon(transparent));
        }
        checkable->setCheckable(true);
        checkable->setChecked(false);
        QAction *plain = menu.addAction(QStringLiteral("Posts"));
        menu.ensurePolished();
        menu.resize(menu.sizeHint());
        const QImage image = menu.grab().toImage();
        const QRect first = menu.actionGeometry(checkable), second = menu.actionGeometry(plain);
        QCOMPARE(first.size(), second.size());
        double strongest = 1.0;
        int differing = 0;
        for (int y = 0; y < first.height(); ++y)
            for (int x = 0; x < first.width(); ++x) {
                const QColor box = image.pixelColor(first.topLeft() + QPoint(x, y));
                const QColor background = image.pixelColor(second.topLeft() + QPoint(x, y));
                if (box == background)
                    continue;
                ++differing;
                strongest = std::max(strongest, ColorScheme::contrastRatio(box, background));
            }
        QVERIFY2(differing > 20, "no box drawn for the unchecked item");
        QVERIFY2(strongest >= 3.0,
                 qPrintable(QStringLiteral("the unchecked box: %1:1 against the menu").arg(strongest, 0, 'f', 2)));
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
