#pragma once

#include <QString>
#include <QStringList>

namespace guild::server::demo {

struct ArticleTemplate
{
    QString title;
    QString summary;
    QString body;
    QStringList tags;
};

/// Hand-written article bodies the seeder varies into the demo feed.
QList<ArticleTemplate> articleTemplates();

} // namespace guild::server::demo
