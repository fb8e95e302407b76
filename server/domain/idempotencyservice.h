#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace guild::server {

class Database;

/// What a request run once answered, as the HTTP layer hands it over and gets it back.
struct IdempotentAnswer
{
    int status = 0;
    QByteArray body;
    /// A success, kept for repeats; anything else changed nothing and may simply run again.
    bool keep = false;
};

/// Makes a member's request safe to send again: the first with a given key runs, its successful answer
/// is kept for a day and given to every later request with the same key and the same content.
class IdempotencyService final
{
public:
    static constexpr qint64 KeepMs = 24 * 3600 * 1000LL;
    /// A claim from before runs shared the request's transaction, unanswered this long, is forgotten.
    static constexpr qint64 StaleMs = 5 * 60 * 1000LL;

    enum class Outcome
    {
        Claimed,    ///< first time: it ran, `answer` is what it returned
        Replay,     ///< done before: `answer` is the kept one
        InProgress, ///< the first request with this key is still running
        Mismatch    ///< the key was used for a different request
    };

    explicit IdempotencyService(Database &database);

    /// Runs `work` at most once per member and key. The claim, everything `work` writes (its own
    /// transactions become savepoints of this one) and the kept answer commit together: a server that
    /// dies in between leaves none of them, and the repeat runs afresh; one that lives leaves all, and
    /// the repeat gets the answer. A repeat arriving meanwhile waits for the first and gets its answer.
    /// A refusal (not kept) keeps what the handler committed and frees the key. `answer` is what `work`
    /// returned when it ran (outcome Claimed), else the kept one (Replay).
    Outcome runOnce(qint64 userId, const QString &key, const QString &fingerprint,
                    const std::function<IdempotentAnswer()> &work, IdempotentAnswer *answer);

private:
    Database &m_database;
    std::atomic<unsigned> m_claims{0};
};

} // namespace guild::server
