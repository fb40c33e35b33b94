#include "benchreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Postwright {

QString BenchGoal::text() const
{
    switch (kind) {
    // As many digits as the goal has: 0.98 is not 1.0.
    case AtMost: return QStringLiteral("<= %1").arg(QString::number(limit, 'g', 6));
    case Below: return QStringLiteral("< %1").arg(QString::number(limit, 'g', 6));
    case AtLeast: return QStringLiteral(">= %1").arg(QString::number(limit, 'g', 6));
    case None: break;
    }
    return {};
}

bool BenchGoal::isMetBy(double value) const
{
    switch (kind) {
    case AtMost: return value <= limit;
    case Below: return value < limit;
    case AtLeast: return value >= limit;
    case None: break;
    }
    return true;
}

QString BenchFigure::valueText() const
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("null");
}

QString BenchFigure::verdict() const
{
    if (goal.kind == BenchGoal::None)
        return {};
    if (!value)
        return QStringLiteral("n/a");
    return goal.isMetBy(*value) ? QStringLiteral("met") : QStringLiteral("MISSED");
}

void BenchGroup::add(const QString &figure, std::optional<double> value, int decimals, BenchGoal goal)
{
    figures.append({figure, value, decimals, goal});
}

std::optional<double> ratioOf(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b || *b <= 0)
        return std::nullopt;
    return *a / *b;
}

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void BenchReport::printTable(QTextStream &out, const QList<BenchGroup> &groups)
{
    qsizetype nameWidth = 6;
    qsizetype valueWidth = 5;
    for (const BenchGroup &group : groups) {
        for (const BenchFigure &figure : group.figures) {
            nameWidth = std::max(nameWidth, figure.name.size());
            valueWidth = std::max(valueWidth, figure.valueText().size());
        }
    }
    const auto row = [&](const QString &name, const QString &value, const QString &goal, const QString &verdict) {
        out << "  " << name.leftJustified(nameWidth + 2) << value.rightJustified(valueWidth) << "   "
            << goal.leftJustified(8) << verdict << '\n';
    };
    for (const BenchGroup &group : groups) {
        out << group.name << '\n';
        row(QStringLiteral("figure"), QStringLiteral("value"), QStringLiteral("goal"), QStringLiteral("verdict"));
        for (const BenchFigure &figure : group.figures)
            row(figure.name, figure.valueText(), figure.goal.text(), figure.verdict());
        for (const QString &note : group.notes)
            out << "  note: " << note << '\n';
        out << '\n';
    }
}

QByteArray BenchReport::json(const QList<BenchGroup> &groups)
{
    QJsonObject report;
    for (const BenchGroup &group : groups) {
        QJsonObject object;
        for (const BenchFigure &figure : group.figures) {
            if (!figure.value) {
                object.insert(figure.name, QJsonValue::Null);
                continue;
            }
            // Rounded as the table shows it: more digits would be noise.
            const double scale = std::pow(10.0, figure.decimals);
            object.insert(figure.name, std::round(*figure.value * scale) / scale);
        }
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(group.notes));
        report.insert(group.name, object);
    }
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace Postwright
