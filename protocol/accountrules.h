#pragma once

#include <QString>

// The rules an account's fields follow: the server enforces them at registration and in the admin
// tools, the client shows them while the member types.
namespace guild::protocol::accountrules {

/// 3 to 32 lower-case letters, digits or underscores (usernames are compared lower-cased).
bool isValidUsername(const QString &username);
/// Something@somewhere.tld, without spaces.
bool isValidEmail(const QString &email);
/// 8 characters at least, 256 bytes of UTF-8 at most.
bool isValidPassword(const QString &password);

} // namespace guild::protocol::accountrules
