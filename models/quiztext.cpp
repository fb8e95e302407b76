#include "quiztext.h"

using namespace Qt::StringLiterals;

namespace guild::models {

using namespace protocol;

QString QuizText::write(const QList<course::QuizQuestion> &questions)
{
    QStringList lines;
    for (const course::QuizQuestion &q : questions) {
        if (!lines.isEmpty()) {
            lines.append(QString());
        }
        lines.append(u"? "_s + q.prompt);
        for (int i = 0; i < q.options.size(); ++i) {
            lines.append((q.answer.contains(i) ? u"* "_s : u"- "_s) + q.options.at(i));
        }
        if (!q.explanation.isEmpty()) {
            lines.append(u"> "_s + q.explanation);
        }
    }
    return lines.join(u'\n');
}

std::optional<QList<QuizItemInput>> QuizText::read(const QString &text, QString *error)
{
    QList<QuizItemInput> questions;
    const auto complete = [&](int line) {
        if (questions.isEmpty()) {
            return true;
        }
        const QuizItemInput &q = questions.last();
        if (q.options.size() < 2) {
            *error = tr("Line %1: the question before needs at least two answers.").arg(line);
            return false;
        }
        if (q.answer.isEmpty()) {
            *error = tr("Line %1: mark the right answer of the question before with '*'.").arg(line);
            return false;
        }
        return true;
    };
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty()) {
            continue;
        }
        const QString rest = line.mid(1).trimmed();
        const QChar mark = line.at(0);
        if (mark == u'?') {
            if (!complete(number)) {
                return std::nullopt;
            }
            if (rest.isEmpty()) {
                *error = tr("Line %1: a question needs its words after the '?'.").arg(number);
                return std::nullopt;
            }
            questions.append({rest, {}, {}, {}});
            continue;
        }
        if (questions.isEmpty()) {
            *error = tr("Line %1: start each question with '?'.").arg(number);
            return std::nullopt;
        }
        QuizItemInput &q = questions.last();
        if (mark == u'*' || mark == u'-') {
            if (rest.isEmpty()) {
                *error = tr("Line %1: an answer needs its words after the '%2'.").arg(number).arg(mark);
                return std::nullopt;
            }
            if (mark == u'*') {
                q.answer.append(int(q.options.size()));
            }
            q.options.append(rest);
        } else if (mark == u'>') {
            q.explanation = q.explanation.isEmpty() ? rest : q.explanation + u'\n' + rest;
        } else if (q.options.isEmpty()) {
            q.prompt += u'\n' + line; // the prompt goes on
        } else {
            *error = tr("Line %1: begin answers with '*' (right) or '-' (wrong), an explanation with '>'.").arg(number);
            return std::nullopt;
        }
    }
    if (questions.isEmpty()) {
        *error = tr("A quiz needs at least one question: start it with '?'.");
        return std::nullopt;
    }
    if (!complete(int(lines.size()))) {
        return std::nullopt;
    }
    return questions;
}

} // namespace guild::models
