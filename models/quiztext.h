#pragma once

#include "protocol/api/authoring.h"
#include "protocol/course.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace guild::models {

/// A quiz written as plain text, the way an author jots one down:
///
///     ? Which class owns its children?
///     * QObject            (a right answer)
///     - QString            (a wrong one)
///     > Parent ownership is QObject's.   (explanation, optional)
///
/// One question after another; lines of a question's prompt may follow its first.
class QuizText final
{
    Q_DECLARE_TR_FUNCTIONS(QuizText)
public:
    static QString write(const QList<protocol::course::QuizQuestion> &questions);
    /// The questions, or nothing with `error` saying which line is wrong and why.
    static std::optional<QList<protocol::QuizItemInput>> read(const QString &text, QString *error);
};

} // namespace guild::models
