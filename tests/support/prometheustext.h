#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace guild::test {

/// What is wrong with `text` as Prometheus' text exposition format (version 0.0.4), empty when
/// nothing: names, label syntax and escapes, values, a TYPE before a family's samples and only one,
/// and histograms whose buckets only grow and end in +Inf equal to _count. (The e2e script also runs
/// promtool on a scrape through nginx.)
inline QString prometheusProblems(const QString &text)
{
    static const QRegularExpression help(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .*$"));
    static const QRegularExpression type(
        QStringLiteral("^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"));
    static const QRegularExpression sample(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?"
                       ")*)\\})? ([^ ]+)( -?[0-9]+)?$"));
    static const QRegularExpression label(QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\""));
    QHash<QString, QString> types;
    QHash<QString, double> lastBucket; // family + labels without le -> cumulative count so far
    QHash<QString, double> infBucket;
    QHash<QString, double> counts;
    if (!text.endsWith(u'\n')) {
        return u"the text does not end with a newline"_qs;
    }
    int number = 0;
    for (const QString &line : text.split(u'\n')) {
        ++number;
        const QString where = u"line %1: %2"_qs.arg(number).arg(line);
        if (line.isEmpty() || help.match(line).hasMatch()) {
            continue;
        }
        if (const auto t = type.match(line); t.hasMatch()) {
            if (types.contains(t.captured(1))) {
                return u"a second TYPE for the family, "_qs + where;
            }
            types.insert(t.captured(1), t.captured(2));
            continue;
        }
        if (line.startsWith(u'#')) {
            if (line.startsWith(u"# HELP"_qs) || line.startsWith(u"# TYPE"_qs)) {
                return u"a malformed HELP or TYPE, "_qs + where;
            }
            continue;
        }
        const auto s = sample.match(line);
        if (!s.hasMatch()) {
            return u"not a sample, "_qs + where;
        }
        bool isNumber = false;
        const QString valueText = s.captured(4);
        const double value = valueText == u"+Inf"_qs   ? qInf()
                             : valueText == u"-Inf"_qs ? -qInf()
                             : valueText == u"NaN"_qs  ? qQNaN()
                                                       : valueText.toDouble(&isNumber);
        if (!isNumber && !valueText.contains(u"Inf"_qs) && valueText != u"NaN"_qs) {
            return u"a value that is not a number, "_qs + where;
        }
        QString name = s.captured(1);
        QString family = name;
        QString suffix;
        for (const QString &end : {u"_bucket"_qs, u"_sum"_qs, u"_count"_qs}) {
            if (name.endsWith(end) && types.value(name.chopped(end.size())) == u"histogram"_qs) {
                family = name.chopped(end.size());
                suffix = end;
            }
        }
        if (!types.contains(family)) {
            return u"a sample before its family's TYPE, "_qs + where;
        }
        if (types.value(family) == u"histogram"_qs && suffix.isEmpty()) {
            return u"a histogram sample without _bucket, _sum or _count, "_qs + where;
        }
        QStringList others;
        QString le;
        for (auto it = label.globalMatch(s.captured(3)); it.hasNext();) {
            const auto l = it.next();
            if (l.captured(1) == u"le"_qs) {
                le = l.captured(2);
            } else {
                others.append(l.captured(0));
            }
        }
        const QString series = family + u'{' + others.join(u',') + u'}';
        if (suffix == u"_bucket"_qs) {
            if (le.isEmpty()) {
                return u"a bucket without le, "_qs + where;
            }
            if (value < lastBucket.value(series, 0)) {
                return u"a bucket smaller than the one before, "_qs + where;
            }
            lastBucket.insert(series, value);
            if (le == u"+Inf"_qs) {
                infBucket.insert(series, value);
            }
        } else if (suffix == u"_count"_qs) {
            counts.insert(series, value);
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!infBucket.contains(it.key()) || infBucket.value(it.key()) != it.value()) {
            return u"the +Inf bucket of %1 is not its _count"_qs.arg(it.key());
        }
    }
    return {};
}

/// The value of the sample written exactly `series` (name and labels as on the line); NaN if none.
inline double prometheusValue(const QString &text, const QString &series)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(series + u' ')) {
            return line.mid(series.size() + 1).toDouble();
        }
    }
    return qQNaN();
}

} // namespace guild::test
