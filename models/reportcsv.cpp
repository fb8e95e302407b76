#include "reportcsv.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace guild::models {

QString reportCsv(const protocol::analytics::Report &report, const QList<scoring::ActivityScore> &scores)
{
    QStringList lines{u"start,end,N,T,p,C,B,P,A,dau,wau,mau,stickiness,new_members,churned,converted,"
                      "revenue_cents,mrr_cents,active_seconds,reading_seconds,reads,completions,likes,comments,"
                      "messages,answers,posts"_s};
    for (qsizetype i = 0; i < report.periods.size(); ++i) {
        const auto &p = report.periods.at(i);
        const scoring::ActivityScore score =
            i < scores.size() ? scores.at(i) : scoring::ActivityScore{p.participation, p.activity};
        QStringList cells{p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate)};
        for (double v : {p.members,      p.hoursPerDay,   p.consumingShare,
                         p.quality,      p.monetisation,  score.participation,
                         score.activity, p.dau,           p.wau,
                         p.mau,          p.stickiness(),  p.newMembers,
                         p.churned,      p.converted,     p.revenueCents,
                         p.mrrCents,     p.activeSeconds, p.readingSeconds,
                         p.reads,        p.completions,   p.likes,
                         p.comments,     p.messages,      p.answers,
                         p.posts}) {
            cells.append(QString::number(v, 'g', 12)); // numbers only: nothing to quote
        }
        lines.append(cells.join(u','));
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace guild::models
