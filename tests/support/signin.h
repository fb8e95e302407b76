#pragma once

#include "session.h"

#include <QSignalSpy>

namespace guild::test {

/// Signs `session` in as a demo account and waits for the answer; true when signed in.
inline bool signIn(app::Session &session, const QUrl &server, const QString &user,
                   const QString &password = QStringLiteral("guild-demo"))
{
    QSignalSpy signedIn(&session, &app::Session::signedIn);
    session.signIn(server, user, password);
    return signedIn.wait(15000);
}

} // namespace guild::test
