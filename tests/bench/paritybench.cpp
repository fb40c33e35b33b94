#include "paritybench.h"

#include "hugoparity.h"

#include <QFile>
#include <QMap>

namespace Postwright {

BenchGroup benchParity(const BenchSettings &)
{
    using namespace HugoParity;
    BenchGroup group{QStringLiteral("parity"), {}, {}};
    const QString corpus = QStringLiteral(POSTWRIGHT_HUGO_PARITY);
    const CorpusComparison result = compareCorpus(corpus, QStringLiteral(POSTWRIGHT_EXAMPLE_SITE));
    for (const QString &error : result.errors)
        group.notes.append(error);
    if (result.total == 0) {
        group.add(QStringLiteral("hugo_parity"), std::nullopt, 3, BenchGoal::atLeast(0.98));
        return group;
    }
    group.add(QStringLiteral("hugo_parity"), result.share(), 3, BenchGoal::atLeast(0.98));
    group.add(QStringLiteral("hugo_parity_equal_blocks"), result.equal, 0);
    group.add(QStringLiteral("hugo_parity_blocks"), result.total, 0);
    QMap<QString, std::pair<int, int>> sites; // equal, total
    int differingPosts = 0;
    for (const PostComparison &post : result.posts) {
        auto &[equal, total] = sites[post.post.section(u'/', 0, 0)];
        equal += post.equal;
        total += post.total;
        differingPosts += post.equal < post.total;
    }
    for (auto it = sites.cbegin(); it != sites.cend(); ++it)
        group.add(QStringLiteral("hugo_parity_%1").arg(it.key()), double(it->first) / std::max(1, it->second), 3);

    QFile version(corpus + QStringLiteral("/expected/hugo-version.txt"));
    const QString hugo = version.open(QIODevice::ReadOnly) ? QString::fromUtf8(version.readAll()).trimmed() : QStringLiteral("hugo");
    group.notes.append(QStringLiteral("%1 of %2 blocks equal to %3's recorded output (tests/data/hugo-parity/expected), "
                                      "%4 of %5 posts differ; tst_hugoparity lists every difference")
                           .arg(result.equal)
                           .arg(result.total)
                           .arg(hugo)
                           .arg(differingPosts)
                           .arg(result.posts.size()));
    return group;
}

} // namespace Postwright
