#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

// Real text for the search benchmarks: Debian's fortunes-zh (Chinese prose, Tang and Song poems) and
// fortunes (English) packages, with code identifiers to sprinkle in, and the percentiles they report.
namespace guild::bench {

inline const QString FortuneDir = QStringLiteral("/usr/share/games/fortunes");
inline const QStringList ChineseFortunes{QStringLiteral("chinese"), QStringLiteral("tang300"),
                                         QStringLiteral("song100")};

/// The fortunes of one file, without their terminal colour codes.
inline QStringList fortunes(const QString &name)
{
    QFile file(FortuneDir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    static const QRegularExpression colour(QStringLiteral("\\x1b\\[[0-9;]*m"));
    QStringList list;
    for (QString f : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n%\n"))) {
        f.remove(colour);
        if (!f.trimmed().isEmpty()) {
            list.append(f.trimmed());
        }
    }
    return list;
}

struct Timing
{
    QList<double> ms;
    double percentile(double p)
    {
        std::sort(ms.begin(), ms.end());
        return ms.isEmpty() ? 0 : ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size())));
    }
};

inline const QStringList Identifiers{QStringLiteral("fetchMore"),        QStringLiteral("QAbstractItemModel"),
                                     QStringLiteral("std::make_unique"), QStringLiteral("QThreadPool"),
                                     QStringLiteral("canFetchMore"),     QStringLiteral("std::shared_ptr"),
                                     QStringLiteral("QSqlDatabase"),     QStringLiteral("beginInsertRows"),
                                     QStringLiteral("Q_INVOKABLE"),      QStringLiteral("QNetworkReply")};

/// Both packages' fortunes; empty lists when they are not installed.
struct Corpus
{
    QStringList chinese;
    QStringList english;

    /// False when either package is missing (the benchmark skips).
    bool load()
    {
        for (const QString &name : ChineseFortunes) {
            chinese += fortunes(name);
        }
        for (const QFileInfo &f : QDir(FortuneDir).entryInfoList(QDir::Files)) {
            if (f.suffix().isEmpty() && !ChineseFortunes.contains(f.fileName())) {
                english += fortunes(f.fileName());
            }
        }
        return chinese.size() >= 100 && english.size() >= 100;
    }
};

/// Queries drawn from the corpus itself: 50 single Chinese characters, 50 two-character words (eleven
/// common ones, the rest at random from the text) and 50 English words.
struct QueryMix
{
    QStringList one;
    QStringList two;
    QStringList english;

    QueryMix(const Corpus &corpus, QRandomGenerator &random)
    {
        const auto pick = [&random](const QStringList &from) {
            return from.at(random.bounded(qsizetype(from.size())));
        };
        const auto cjk = [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; };
        for (const char *word :
             {"推荐", "内存", "线程", "开源", "程序", "系统", "软件", "自由", "社区", "问题", "时间"}) {
            two.append(QString::fromUtf8(word));
        }
        while (two.size() < 50 || one.size() < 50) {
            const QString text = pick(corpus.chinese);
            const qsizetype at = random.bounded(qMax<qsizetype>(1, text.size() - 2));
            if (text.size() > 2 && cjk(text.at(at)) && cjk(text.at(at + 1))) {
                (two.size() < 50 ? two : one).append(two.size() < 50 ? text.mid(at, 2) : text.mid(at, 1));
            }
        }
        static const QRegularExpression wordPattern(QStringLiteral("\\b[A-Za-z]{5,12}\\b"));
        while (english.size() < 50) {
            const auto matches = wordPattern.globalMatch(pick(corpus.english));
            if (matches.hasNext()) {
                english.append(matches.peekNext().captured().toLower());
            }
        }
    }
};

} // namespace guild::bench
