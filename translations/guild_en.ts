<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Formatting</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Homework reviewed</source>
        <translation>Homework reviewed</translation>
    </message>
    <message>
        <source>Your homework for “%1” passed.</source>
        <translation>Your homework for “%1” passed.</translation>
    </message>
    <message>
        <source>Your homework for “%1” needs another look.</source>
        <translation>Your homework for “%1” needs another look.</translation>
    </message>
    <message>
        <source>Feedback answered</source>
        <translation>Feedback answered</translation>
    </message>
    <message>
        <source>The admins answered your feedback: “%1”</source>
        <translation>The admins answered your feedback: “%1”</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Guild</translation>
    </message>
    <message>
        <source>Something new for you.</source>
        <translation>Something new for you.</translation>
    </message>
    <message>
        <source>a comment of yours</source>
        <translation>a comment of yours</translation>
    </message>
    <message>
        <source>an answer of yours</source>
        <translation>an answer of yours</translation>
    </message>
    <message>
        <source>a question of yours</source>
        <translation>a question of yours</translation>
    </message>
    <message>
        <source>a chat message of yours</source>
        <translation>a chat message of yours</translation>
    </message>
    <message>
        <source>Hidden by a moderator</source>
        <translation>Hidden by a moderator</translation>
    </message>
    <message>
        <source>A moderator hid %1. The reason: %2</source>
        <translation>A moderator hid %1. The reason: %2</translation>
    </message>
</context>
<context>
    <name>PointsLedgerModel</name>
    <message>
        <source>Daily check-in</source>
        <translation>Daily check-in</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>First check-in</translation>
    </message>
    <message>
        <source>Published a post</source>
        <translation>Published a post</translation>
    </message>
    <message>
        <source>Answered a question</source>
        <translation>Answered a question</translation>
    </message>
    <message>
        <source>Answer accepted</source>
        <translation>Answer accepted</translation>
    </message>
    <message>
        <source>Finished a lesson</source>
        <translation>Finished a lesson</translation>
    </message>
    <message>
        <source>Bounty offered on a question</source>
        <translation>Bounty offered on a question</translation>
    </message>
    <message>
        <source>Bounty won</source>
        <translation>Bounty won</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>Line %1: the question before needs at least two answers.</source>
        <translation>Line %1: the question before needs at least two answers.</translation>
    </message>
    <message>
        <source>Line %1: mark the right answer of the question before with &apos;*&apos;.</source>
        <translation>Line %1: mark the right answer of the question before with &apos;*&apos;.</translation>
    </message>
    <message>
        <source>Line %1: a question needs its words after the &apos;?&apos;.</source>
        <translation>Line %1: a question needs its words after the &apos;?&apos;.</translation>
    </message>
    <message>
        <source>Line %1: start each question with &apos;?&apos;.</source>
        <translation>Line %1: start each question with &apos;?&apos;.</translation>
    </message>
    <message>
        <source>Line %1: an answer needs its words after the &apos;%2&apos;.</source>
        <translation>Line %1: an answer needs its words after the &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Line %1: begin answers with &apos;*&apos; (right) or &apos;-&apos; (wrong), an explanation with &apos;&gt;&apos;.</source>
        <translation>Line %1: begin answers with &apos;*&apos; (right) or &apos;-&apos; (wrong), an explanation with &apos;&gt;&apos;.</translation>
    </message>
    <message>
        <source>A quiz needs at least one question: start it with &apos;?&apos;.</source>
        <translation>A quiz needs at least one question: start it with &apos;?&apos;.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report to the moderators</source>
        <translation>Report to the moderators</translation>
    </message>
    <message>
        <source>The moderators see what you report and who reported it; its author does not learn who you are.</source>
        <translation>The moderators see what you report and who reported it; its author does not learn who you are.</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam or advertising</translation>
    </message>
    <message>
        <source>Abuse or harassment</source>
        <translation>Abuse or harassment</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>Off topic</translation>
    </message>
    <message>
        <source>Shares paid content outside the community</source>
        <translation>Shares paid content outside the community</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Anything the moderators should know (optional)</source>
        <translation>Anything the moderators should know (optional)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>guild::app::AccountService</name>
    <message>
        <source>Your free trial has started.</source>
        <translation>Your free trial has started.</translation>
    </message>
    <message>
        <source>Code redeemed: your membership now runs until %1.</source>
        <translation>Code redeemed: your membership now runs until %1.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %n day(s) in a row.</source>
        <translation>
            <numerusform>Checked in: %n day in a row.</numerusform>
            <numerusform>Checked in: %n days in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Your check-in goes to the server when Guild is back online.</source>
        <translation>Saved. Your check-in goes to the server when Guild is back online.</translation>
    </message>
</context>
<context>
    <name>guild::app::AdminService</name>
    <message>
        <source>Membership changed.</source>
        <translation>Membership changed.</translation>
    </message>
    <message>
        <source>Answer sent; the member is notified.</source>
        <translation>Answer sent; the member is notified.</translation>
    </message>
    <message>
        <source>Review sent; the member is notified.</source>
        <translation>Review sent; the member is notified.</translation>
    </message>
    <message>
        <source>The member is banned and signed out everywhere.</source>
        <translation>The member is banned and signed out everywhere.</translation>
    </message>
    <message>
        <source>The ban is lifted; the member can sign in again.</source>
        <translation>The ban is lifted; the member can sign in again.</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <source>Channel #%1 is open to its members.</source>
        <translation>Channel #%1 is open to its members.</translation>
    </message>
    <message>
        <source>Channel #%1 saved.</source>
        <translation>Channel #%1 saved.</translation>
    </message>
    <message>
        <source>The channel is archived: it left every list; its history stays.</source>
        <translation>The channel is archived: it left every list; its history stays.</translation>
    </message>
    <message>
        <source>The member is banned, signed out everywhere, and what they wrote is hidden.</source>
        <translation>The member is banned, signed out everywhere, and what they wrote is hidden.</translation>
    </message>
    <message>
        <source>Tier “%1” saved.</source>
        <translation>Tier “%1” saved.</translation>
    </message>
    <message>
        <source>Hidden; its author has been told why.</source>
        <translation>Hidden; its author has been told why.</translation>
    </message>
    <message>
        <source>Report dismissed.</source>
        <translation>Report dismissed.</translation>
    </message>
</context>
<context>
    <name>guild::app::ApiClient</name>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>Cannot read the certificate file %1.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Guild did not connect. %1</source>
        <translation>The server&apos;s certificate is not trusted, so Guild did not connect. %1</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>The server took too long to answer.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your connection.</source>
        <translation>Cannot reach the server. Check your connection.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Guild may need an update.</source>
        <translation>The server&apos;s answer could not be read. Guild may need an update.</translation>
    </message>
</context>
<context>
    <name>guild::app::ArticleExporter</name>
    <message>
        <source>Could not lay out the page.</source>
        <translation>Could not lay out the page.</translation>
    </message>
    <message>
        <source>Could not write the file.</source>
        <translation>Could not write the file.</translation>
    </message>
</context>
<context>
    <name>guild::app::CacheMigrator</name>
    <message>
        <source>Cannot prepare the offline cache: %1</source>
        <translation>Cannot prepare the offline cache: %1</translation>
    </message>
    <message>
        <source>The offline cache is damaged: %1</source>
        <translation>The offline cache is damaged: %1</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of Guild (schema %1, this version knows %2). Update Guild to use it.</source>
        <translation>The offline cache was written by a newer version of Guild (schema %1, this version knows %2). Update Guild to use it.</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Cannot read migration %1.</translation>
    </message>
    <message>
        <source>Cannot update the offline cache: %1</source>
        <translation>Cannot update the offline cache: %1</translation>
    </message>
    <message>
        <source>Updating the offline cache failed (%1): %2</source>
        <translation>Updating the offline cache failed (%1): %2</translation>
    </message>
    <message>
        <source>This SQLite cannot search (it has no FTS5), which the offline cache needs.</source>
        <translation>This SQLite cannot search (it has no FTS5), which the offline cache needs.</translation>
    </message>
</context>
<context>
    <name>guild::app::ClientController</name>
    <message>
        <source>Offline cache</source>
        <translation>Offline cache</translation>
    </message>
    <message>
        <source>Your membership ran out on %1, so the paid articles, lessons, videos and chat kept on this computer are closed. Renew it to read them again.</source>
        <translation>Your membership ran out on %1, so the paid articles, lessons, videos and chat kept on this computer are closed. Renew it to read them again.</translation>
    </message>
    <message>
        <source>Your membership no longer includes some of what was kept on this computer, so those articles, lessons, videos and chat are closed.</source>
        <translation>Your membership no longer includes some of what was kept on this computer, so those articles, lessons, videos and chat are closed.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>guild::app::CommunityService</name>
    <message numerus="yes">
        <source>Question posted; %n point(s) held as its bounty.</source>
        <translation>
            <numerusform>Question posted; %n point held as its bounty.</numerusform>
            <numerusform>Question posted; %n points held as its bounty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question posted.</source>
        <translation>Question posted.</translation>
    </message>
    <message>
        <source>Answer posted.</source>
        <translation>Answer posted.</translation>
    </message>
    <message>
        <source>Answer accepted.</source>
        <translation>Answer accepted.</translation>
    </message>
    <message>
        <source>You are going. See you there!</source>
        <translation>You are going. See you there!</translation>
    </message>
    <message>
        <source>Your seat is given back.</source>
        <translation>Your seat is given back.</translation>
    </message>
    <message>
        <source>Thank you: the admins will read it and answer you.</source>
        <translation>Thank you: the admins will read it and answer you.</translation>
    </message>
    <message>
        <source>The thread is now a question in Q&amp;A.</source>
        <translation>The thread is now a question in Q&amp;A.</translation>
    </message>
    <message>
        <source>Event saved; members going keep their seats.</source>
        <translation>Event saved; members going keep their seats.</translation>
    </message>
    <message>
        <source>Event scheduled.</source>
        <translation>Event scheduled.</translation>
    </message>
    <message>
        <source>The answer is in the digest.</source>
        <translation>The answer is in the digest.</translation>
    </message>
    <message>
        <source>The answer left the digest.</source>
        <translation>The answer left the digest.</translation>
    </message>
    <message>
        <source>Saved. It goes to the server when Guild is back online.</source>
        <translation>Saved. It goes to the server when Guild is back online.</translation>
    </message>
</context>
<context>
    <name>guild::app::CourseAuthoringService</name>
    <message>
        <source>Course started, as a draft only you and admins see.</source>
        <translation>Course started, as a draft only you and admins see.</translation>
    </message>
    <message>
        <source>Course saved; members see it.</source>
        <translation>Course saved; members see it.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Section added.</source>
        <translation>Section added.</translation>
    </message>
    <message>
        <source>Section renamed.</source>
        <translation>Section renamed.</translation>
    </message>
    <message>
        <source>Section deleted.</source>
        <translation>Section deleted.</translation>
    </message>
    <message>
        <source>Lesson added.</source>
        <translation>Lesson added.</translation>
    </message>
    <message>
        <source>Lesson saved.</source>
        <translation>Lesson saved.</translation>
    </message>
    <message>
        <source>Lesson deleted.</source>
        <translation>Lesson deleted.</translation>
    </message>
    <message>
        <source>New order saved.</source>
        <translation>New order saved.</translation>
    </message>
    <message>
        <source>Cover picture removed.</source>
        <translation>Cover picture removed.</translation>
    </message>
    <message>
        <source>Cover picture saved.</source>
        <translation>Cover picture saved.</translation>
    </message>
    <message>
        <source>You are offline: the cover can be changed once you are back.</source>
        <translation>You are offline: the cover can be changed once you are back.</translation>
    </message>
</context>
<context>
    <name>guild::app::CourseService</name>
    <message>
        <source>You are offline and this course is not downloaded.</source>
        <translation>You are offline and this course is not downloaded.</translation>
    </message>
    <message>
        <source>You are offline and this lesson is not downloaded.</source>
        <translation>You are offline and this lesson is not downloaded.</translation>
    </message>
    <message>
        <source>This video is not downloaded, and you are offline.</source>
        <translation>This video is not downloaded, and you are offline.</translation>
    </message>
    <message>
        <source>Saved. Your answers are graded when Guild is back online.</source>
        <translation>Saved. Your answers are graded when Guild is back online.</translation>
    </message>
    <message>
        <source>Saved. Your homework is handed in when Guild is back online.</source>
        <translation>Saved. Your homework is handed in when Guild is back online.</translation>
    </message>
</context>
<context>
    <name>guild::app::DashboardService</name>
    <message>
        <source>The dashboard needs a connection to the server.</source>
        <translation>The dashboard needs a connection to the server.</translation>
    </message>
    <message>
        <source>Your activity needs a connection to the server.</source>
        <translation>Your activity needs a connection to the server.</translation>
    </message>
</context>
<context>
    <name>guild::app::DiscussionService</name>
    <message>
        <source>You are offline: comments are loaded from the server.</source>
        <translation>You are offline: comments are loaded from the server.</translation>
    </message>
    <message>
        <source>A comment is 1 to %1 characters long.</source>
        <translation>A comment is 1 to %1 characters long.</translation>
    </message>
</context>
<context>
    <name>guild::app::DownloadService</name>
    <message>
        <source>Cannot write the download to disk.</source>
        <translation>Cannot write the download to disk.</translation>
    </message>
    <message>
        <source>Cannot finish the download on disk.</source>
        <translation>Cannot finish the download on disk.</translation>
    </message>
</context>
<context>
    <name>guild::app::ErrorMessages</name>
    <message>
        <source>The server could not read what Guild sent. Guild may need an update.</source>
        <translation>The server could not read what Guild sent. Guild may need an update.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>This account has been banned from the community.</source>
        <translation>This account has been banned from the community.</translation>
    </message>
    <message>
        <source>Something you entered is not accepted. Check it and try again.</source>
        <translation>Something you entered is not accepted. Check it and try again.</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid. Check it.</source>
        <translation>The text holds characters that are not valid. Check it.</translation>
    </message>
    <message>
        <source>The list changed on the server. Load it again.</source>
        <translation>The list changed on the server. Load it again.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>You are not allowed to do that.</translation>
    </message>
    <message>
        <source>This needs a higher membership tier.</source>
        <translation>This needs a higher membership tier.</translation>
    </message>
    <message>
        <source>This course has to be bought first.</source>
        <translation>This course has to be bought first.</translation>
    </message>
    <message>
        <source>The download could not go on from where it stopped. Start it again.</source>
        <translation>The download could not go on from where it stopped. Start it again.</translation>
    </message>
    <message>
        <source>The payment provider&apos;s message could not be verified.</source>
        <translation>The payment provider&apos;s message could not be verified.</translation>
    </message>
    <message>
        <source>The payment provider&apos;s message came too late.</source>
        <translation>The payment provider&apos;s message came too late.</translation>
    </message>
    <message>
        <source>This code does not work: it is wrong, used already, or too old. Ask for a new one.</source>
        <translation>This code does not work: it is wrong, used already, or too old. Ask for a new one.</translation>
    </message>
    <message>
        <source>There is no such code.</source>
        <translation>There is no such code.</translation>
    </message>
    <message>
        <source>This code has expired.</source>
        <translation>This code has expired.</translation>
    </message>
    <message>
        <source>This code has been used up.</source>
        <translation>This code has been used up.</translation>
    </message>
    <message>
        <source>You have redeemed this code already.</source>
        <translation>You have redeemed this code already.</translation>
    </message>
    <message>
        <source>You have checked in today already.</source>
        <translation>You have checked in today already.</translation>
    </message>
    <message>
        <source>You do not have enough points.</source>
        <translation>You do not have enough points.</translation>
    </message>
    <message>
        <source>An answer to this question was accepted already.</source>
        <translation>An answer to this question was accepted already.</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>This event is full.</translation>
    </message>
    <message>
        <source>You have used your free trial already.</source>
        <translation>You have used your free trial already.</translation>
    </message>
    <message>
        <source>This tier is no longer offered.</source>
        <translation>This tier is no longer offered.</translation>
    </message>
    <message>
        <source>The upload got out of step with the server. Try again.</source>
        <translation>The upload got out of step with the server. Try again.</translation>
    </message>
    <message>
        <source>The video arrived different from the file sent. Upload it again.</source>
        <translation>The video arrived different from the file sent. Upload it again.</translation>
    </message>
    <message>
        <source>This poll is closed.</source>
        <translation>This poll is closed.</translation>
    </message>
    <message>
        <source>This community does not take payments at the moment.</source>
        <translation>This community does not take payments at the moment.</translation>
    </message>
    <message>
        <source>This community does not send email. Ask one of its admins for a reset code.</source>
        <translation>This community does not send email. Ask one of its admins for a reset code.</translation>
    </message>
    <message>
        <source>It is no longer there.</source>
        <translation>It is no longer there.</translation>
    </message>
    <message>
        <source>That username is taken.</source>
        <translation>That username is taken.</translation>
    </message>
    <message>
        <source>That email address is in use already.</source>
        <translation>That email address is in use already.</translation>
    </message>
    <message>
        <source>This was changed in the meantime. Load it again and retry.</source>
        <translation>This was changed in the meantime. Load it again and retry.</translation>
    </message>
    <message>
        <source>Your earlier attempt is still being handled. Try again in a moment.</source>
        <translation>Your earlier attempt is still being handled. Try again in a moment.</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>This is too large to send.</translation>
    </message>
    <message>
        <source>The server does not take this kind of file.</source>
        <translation>The server does not take this kind of file.</translation>
    </message>
    <message>
        <source>This server needs a newer Guild.</source>
        <translation>This server needs a newer Guild.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>The server had a problem (%1). Try again later.</translation>
    </message>
    <message>
        <source>This message is too long.</source>
        <translation>This message is too long.</translation>
    </message>
    <message>
        <source>That channel does not exist, or is not open to you.</source>
        <translation>That channel does not exist, or is not open to you.</translation>
    </message>
    <message>
        <source>No other member has that username.</source>
        <translation>No other member has that username.</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>That message no longer exists.</translation>
    </message>
    <message>
        <source>You can&apos;t change that message.</source>
        <translation>You can&apos;t change that message.</translation>
    </message>
    <message>
        <source>Your membership doesn&apos;t include this channel.</source>
        <translation>Your membership doesn&apos;t include this channel.</translation>
    </message>
    <message>
        <source>Slow down a little: too many changes at once.</source>
        <translation>Slow down a little: too many changes at once.</translation>
    </message>
    <message>
        <source>The connection fell behind and starts again.</source>
        <translation>The connection fell behind and starts again.</translation>
    </message>
    <message>
        <source>The chat server had a problem. Try again later.</source>
        <translation>The chat server had a problem. Try again later.</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>The request failed (%1).</translation>
    </message>
    <message>
        <source>The chat server refused this (%1).</source>
        <translation>The chat server refused this (%1).</translation>
    </message>
</context>
<context>
    <name>guild::app::FeedService</name>
    <message>
        <source>You are offline and this article has not been downloaded yet.</source>
        <translation>You are offline and this article has not been downloaded yet.</translation>
    </message>
    <message>
        <source>You are offline: promoting a thread needs the server.</source>
        <translation>You are offline: promoting a thread needs the server.</translation>
    </message>
</context>
<context>
    <name>guild::app::ImageUploader</name>
    <message>
        <source>%1 is not a picture Guild can read.</source>
        <translation>%1 is not a picture Guild can read.</translation>
    </message>
    <message>
        <source>%1 is too large even when made smaller.</source>
        <translation>%1 is too large even when made smaller.</translation>
    </message>
    <message>
        <source>Could not send the picture: you are offline.</source>
        <translation>Could not send the picture: you are offline.</translation>
    </message>
</context>
<context>
    <name>guild::app::LocalCache</name>
    <message>
        <source>Cannot open the offline cache: %1</source>
        <translation>Cannot open the offline cache: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the offline cache: %1</source>
        <translation>Cannot prepare the offline cache: %1</translation>
    </message>
</context>
<context>
    <name>guild::app::ProfileService</name>
    <message>
        <source>You are offline: the password can be changed once you are back.</source>
        <translation>You are offline: the password can be changed once you are back.</translation>
    </message>
    <message>
        <source>Password changed. Your other devices were signed out.</source>
        <translation>Password changed. Your other devices were signed out.</translation>
    </message>
    <message>
        <source>You are offline: your name can be changed once you are back.</source>
        <translation>You are offline: your name can be changed once you are back.</translation>
    </message>
    <message>
        <source>Your name is now %1.</source>
        <translation>Your name is now %1.</translation>
    </message>
    <message>
        <source>You are offline: signed-in devices show once you are back.</source>
        <translation>You are offline: signed-in devices show once you are back.</translation>
    </message>
    <message>
        <source>That device is signed out.</source>
        <translation>That device is signed out.</translation>
    </message>
    <message>
        <source>You are offline: your picture can be changed once you are back.</source>
        <translation>You are offline: your picture can be changed once you are back.</translation>
    </message>
    <message>
        <source>Your picture is removed.</source>
        <translation>Your picture is removed.</translation>
    </message>
    <message>
        <source>Your picture is saved.</source>
        <translation>Your picture is saved.</translation>
    </message>
</context>
<context>
    <name>guild::app::PublishingService</name>
    <message>
        <source>You are offline: publishing needs the server. Your text is still in the editor.</source>
        <translation>You are offline: publishing needs the server. Your text is still in the editor.</translation>
    </message>
    <message>
        <source>The poll&apos;s results need a connection.</source>
        <translation>The poll&apos;s results need a connection.</translation>
    </message>
    <message>
        <source>You are offline: changes need the server. Your text is still in the editor.</source>
        <translation>You are offline: changes need the server. Your text is still in the editor.</translation>
    </message>
    <message>
        <source>You are offline: deleting needs the server.</source>
        <translation>You are offline: deleting needs the server.</translation>
    </message>
</context>
<context>
    <name>guild::app::ReportService</name>
    <message>
        <source>Reported. Thank you: the moderators will look at it.</source>
        <translation>Reported. Thank you: the moderators will look at it.</translation>
    </message>
</context>
<context>
    <name>guild::app::SavedService</name>
    <message>
        <source>Notes and highlights</source>
        <translation>Notes and highlights</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Could not write the file.</source>
        <translation>Could not write the file.</translation>
    </message>
</context>
<context>
    <name>guild::app::Session</name>
    <message>
        <source>The system keychain is not available (%1). You will need to sign in each time Guild starts.</source>
        <translation>The system keychain is not available (%1). You will need to sign in each time Guild starts.</translation>
    </message>
</context>
<context>
    <name>guild::app::SyncService</name>
    <message>
        <source>Could not write to the offline cache.</source>
        <translation>Could not write to the offline cache.</translation>
    </message>
    <message>
        <source>The disk is full, so Guild could not save what it fetched. Free some space and sync again; everything already saved stays readable.</source>
        <translation>The disk is full, so Guild could not save what it fetched. Free some space and sync again; everything already saved stays readable.</translation>
    </message>
</context>
<context>
    <name>guild::app::VideoUploader</name>
    <message>
        <source>Choose an MP4 or WebM video of at most %1 GB.</source>
        <translation>Choose an MP4 or WebM video of at most %1 GB.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Could not read %1.</translation>
    </message>
    <message>
        <source>The video file changed or went away while it was being sent.</source>
        <translation>The video file changed or went away while it was being sent.</translation>
    </message>
    <message>
        <source>Video uploaded and checked: the lesson plays it.</source>
        <translation>Video uploaded and checked: the lesson plays it.</translation>
    </message>
    <message>
        <source>The upload stopped: %1</source>
        <translation>The upload stopped: %1</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>Upload cancelled.</translation>
    </message>
</context>
<context>
    <name>guild::models::ArticleFeedModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1, by %2, %3, locked</source>
        <translation>%1, by %2, %3, locked</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1, by %2, %3</translation>
    </message>
</context>
<context>
    <name>guild::models::ChatMessageModel</name>
    <message>
        <source>%1 deleted a message, %2</source>
        <translation>%1 deleted a message, %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>guild::models::CohortTableModel</name>
    <message numerus="yes">
        <source>Joined the week of %1 (%n member(s)): %2% active in week %3</source>
        <translation>
            <numerusform>Joined the week of %1 (%n member): %2% active in week %3</numerusform>
            <numerusform>Joined the week of %1 (%n members): %2% active in week %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>guild::models::ContentTableModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Reading time</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
</context>
<context>
    <name>guild::models::CourseOutlineModel</name>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no video yet</source>
        <translation>no video yet</translation>
    </message>
    <message>
        <source>%1 · free preview</source>
        <translation>%1 · free preview</translation>
    </message>
</context>
<context>
    <name>guild::models::SavedListModel</name>
    <message>
        <source>🔖 %1</source>
        <translation>🔖 %1</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>guild::ui</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificate of completion</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>This certifies that</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation>has completed the course</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>Verify at %1</source>
        <translation>Verify at %1</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lesson</translation>
    </message>
    <message>
        <source>course</source>
        <translation>course</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
    <message>
        <source>for members</source>
        <translation>for members</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>send a message</source>
        <translation>send a message</translation>
    </message>
</context>
<context>
    <name>guild::ui::AccountPage</name>
    <message>
        <source>The new password is not the same twice.</source>
        <translation>The new password is not the same twice.</translation>
    </message>
    <message>
        <source>A new password needs 8 characters or more. Your other devices will be signed out.</source>
        <translation>A new password needs 8 characters or more. Your other devices will be signed out.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>Signed-in devices</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>How others see you</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Sign out the selected device</source>
        <translation>Sign out the selected device</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Sign out everywhere</translation>
    </message>
    <message>
        <source>Your signed-in devices are listed here.</source>
        <translation>Your signed-in devices are listed here.</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>This file is not a picture Guild can read.</source>
        <translation>This file is not a picture Guild can read.</translation>
    </message>
    <message>
        <source>Your name and picture</source>
        <translation>Your name and picture</translation>
    </message>
</context>
<context>
    <name>guild::ui::ActivityChart</name>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>Activity A = αP + βC + γB</source>
        <translation>Activity A = αP + βC + γB</translation>
    </message>
    <message>
        <source>αP participation</source>
        <translation>αP participation</translation>
    </message>
    <message>
        <source>βC content quality</source>
        <translation>βC content quality</translation>
    </message>
    <message>
        <source>γB monetisation</source>
        <translation>γB monetisation</translation>
    </message>
    <message>
        <source>%1
%2: %3
A: %4</source>
        <translation>%1
%2: %3
A: %4</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate format: a day on the chart&apos;s axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>QDate format: a month on the chart&apos;s axis</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>guild::ui::AdminPanel</name>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Members exported to %1.</source>
        <translation>Members exported to %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Homework to review</source>
        <translation>Homework to review</translation>
    </message>
    <message>
        <source>Search members by name</source>
        <translation>Search members by name</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>Set tier</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <source>Your answer to the selected feedback</source>
        <translation>Your answer to the selected feedback</translation>
    </message>
    <message>
        <source>Comment for the member</source>
        <translation>Comment for the member</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Ask to revise</source>
        <translation>Ask to revise</translation>
    </message>
    <message>
        <source>No feedback from members yet.</source>
        <translation>No feedback from members yet.</translation>
    </message>
    <message>
        <source>No homework is waiting for review.</source>
        <translation>No homework is waiting for review.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Ban a member</source>
        <translation>Ban a member</translation>
    </message>
    <message>
        <source>For good</source>
        <translation>For good</translation>
    </message>
    <message>
        <source>Shown to the member when they try to sign in</source>
        <translation>Shown to the member when they try to sign in</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ban and sign out</source>
        <translation>Ban and sign out</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Ban…</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>Lift ban</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <source>Every ban, role change and account action will be listed here.</source>
        <translation>Every ban, role change and account action will be listed here.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Also hide everything they wrote (comments, Q&amp;A, chat messages)</source>
        <translation>Also hide everything they wrote (comments, Q&amp;A, chat messages)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reset code</source>
        <translation>Reset code</translation>
    </message>
    <message>
        <source>Reset code…</source>
        <translation>Reset code…</translation>
    </message>
    <message>
        <source>A one-time code for a member who forgot their password</source>
        <translation>A one-time code for a member who forgot their password</translation>
    </message>
    <message>
        <source>Give the member this code. In the sign-in window they choose “Forgot your password?” and type it with a new password. It works once, until %1.</source>
        <translation>Give the member this code. In the sign-in window they choose “Forgot your password?” and type it with a new password. It works once, until %1.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Running the community</source>
        <translation>Running the community</translation>
    </message>
    <message>
        <source>Days of the tier</source>
        <translation>Days of the tier</translation>
    </message>
    <message>
        <source>The homework</source>
        <translation>The homework</translation>
    </message>
</context>
<context>
    <name>guild::ui::AnswerListModel</name>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ Accepted</translation>
    </message>
    <message>
        <source>in the digest</source>
        <translation>in the digest</translation>
    </message>
    <message>
        <source>%1 · score %L2</source>
        <translation>%1 · score %L2</translation>
    </message>
</context>
<context>
    <name>guild::ui::ArticleComposer</name>
    <message>
        <source>In the digest (精华)</source>
        <translation>In the digest (精华)</translation>
    </message>
    <message>
        <source>Pinned to the top of the feed</source>
        <translation>Pinned to the top of the feed</translation>
    </message>
    <message>
        <source>Publish later, at</source>
        <translation>Publish later, at</translation>
    </message>
    <message>
        <source>Add a poll</source>
        <translation>Add a poll</translation>
    </message>
    <message>
        <source>Members may pick several options</source>
        <translation>Members may pick several options</translation>
    </message>
    <message>
        <source>Voting closes at</source>
        <translation>Voting closes at</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>Write a post</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tags, separated by commas: cpp, qt</source>
        <translation>Tags, separated by commas: cpp, qt</translation>
    </message>
    <message>
        <source>Write in Markdown. Code goes in ``` fences.</source>
        <translation>Write in Markdown. Code goes in ``` fences.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>One option per line (2 to 10)</source>
        <translation>One option per line (2 to 10)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Who can read it:</source>
        <translation>Who can read it:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>Waiting to go out:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Give the post a title.</source>
        <translation>Give the post a title.</translation>
    </message>
    <message>
        <source>Write something in the post.</source>
        <translation>Write something in the post.</translation>
    </message>
    <message>
        <source>Choose a time in the future to publish at.</source>
        <translation>Choose a time in the future to publish at.</translation>
    </message>
    <message>
        <source>Ask the poll&apos;s question.</source>
        <translation>Ask the poll&apos;s question.</translation>
    </message>
    <message>
        <source>A poll needs 2 to 10 different options, one per line.</source>
        <translation>A poll needs 2 to 10 different options, one per line.</translation>
    </message>
    <message>
        <source>Choose a time in the future for the poll to close.</source>
        <translation>Choose a time in the future for the poll to close.</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <source>Delete “%1” with its comments and likes? This cannot be undone.</source>
        <translation>Delete “%1” with its comments and likes? This cannot be undone.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>Edit article</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Insert picture…</source>
        <translation>Insert picture…</translation>
    </message>
</context>
<context>
    <name>guild::ui::ArticleDelegate</name>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
</context>
<context>
    <name>guild::ui::ArticleView</name>
    <message>
        <source>Upgrade…</source>
        <translation>Upgrade…</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>Select an article to read it.</translation>
    </message>
    <message>
        <source>This article is for %1 members. Upgrade your membership to read it.</source>
        <translation>This article is for %1 members. Upgrade your membership to read it.</translation>
    </message>
    <message>
        <source>Like this article</source>
        <translation>Like this article</translation>
    </message>
    <message>
        <source>Show or hide the comments</source>
        <translation>Show or hide the comments</translation>
    </message>
    <message>
        <source>♥ Liked · %L1</source>
        <translation>♥ Liked · %L1</translation>
    </message>
    <message>
        <source>♡ Like · %L1</source>
        <translation>♡ Like · %L1</translation>
    </message>
    <message>
        <source>Comments · %L1</source>
        <translation>Comments · %L1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Change or delete this article (its author and admins)</source>
        <translation>Change or delete this article (its author and admins)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Go to a section of this article</source>
        <translation>Go to a section of this article</translation>
    </message>
</context>
<context>
    <name>guild::ui::AuditLogModel</name>
    <message>
        <source>created the account of</source>
        <translation>created the account of</translation>
    </message>
    <message>
        <source>changed the role of</source>
        <translation>changed the role of</translation>
    </message>
    <message>
        <source>reset the password of</source>
        <translation>reset the password of</translation>
    </message>
    <message>
        <source>signed out everywhere</source>
        <translation>signed out everywhere</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <source>lifted the ban of</source>
        <translation>lifted the ban of</translation>
    </message>
    <message>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <source>made the channel</source>
        <translation>made the channel</translation>
    </message>
    <message>
        <source>changed the channel</source>
        <translation>changed the channel</translation>
    </message>
    <message>
        <source>archived the channel</source>
        <translation>archived the channel</translation>
    </message>
    <message>
        <source>changed the tier</source>
        <translation>changed the tier</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>added a section to</source>
        <translation>added a section to</translation>
    </message>
    <message>
        <source>renamed a section of</source>
        <translation>renamed a section of</translation>
    </message>
    <message>
        <source>deleted a section of</source>
        <translation>deleted a section of</translation>
    </message>
    <message>
        <source>added a lesson to</source>
        <translation>added a lesson to</translation>
    </message>
    <message>
        <source>changed a lesson of</source>
        <translation>changed a lesson of</translation>
    </message>
    <message>
        <source>deleted a lesson of</source>
        <translation>deleted a lesson of</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>reordered</translation>
    </message>
    <message>
        <source>uploaded the video of</source>
        <translation>uploaded the video of</translation>
    </message>
    <message>
        <source>hid the comment</source>
        <translation>hid the comment</translation>
    </message>
    <message>
        <source>hid the answer</source>
        <translation>hid the answer</translation>
    </message>
    <message>
        <source>hid the question</source>
        <translation>hid the question</translation>
    </message>
    <message>
        <source>deleted the chat message</source>
        <translation>deleted the chat message</translation>
    </message>
    <message>
        <source>hid everything written by</source>
        <translation>hid everything written by</translation>
    </message>
    <message>
        <source>dismissed the report on</source>
        <translation>dismissed the report on</translation>
    </message>
    <message>
        <source>made the code ending in</source>
        <translation>made the code ending in</translation>
    </message>
    <message>
        <source>issued a password reset code for</source>
        <translation>issued a password reset code for</translation>
    </message>
</context>
<context>
    <name>guild::ui::ChannelAdminModel</name>
    <message>
        <source>for %1 members</source>
        <translation>for %1 members</translation>
    </message>
</context>
<context>
    <name>guild::ui::ChannelsPage</name>
    <message>
        <source>Name: one word, like &apos;general&apos; or &apos;求职&apos;</source>
        <translation>Name: one word, like &apos;general&apos; or &apos;求职&apos;</translation>
    </message>
    <message>
        <source>Topic: what the channel is for</source>
        <translation>Topic: what the channel is for</translation>
    </message>
    <message>
        <source>Open to: %1</source>
        <translation>Open to: %1</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>No channels yet: make the first one below, and members see it at once.</source>
        <translation>No channels yet: make the first one below, and members see it at once.</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Channel name</translation>
    </message>
    <message>
        <source>Channel topic</source>
        <translation>Channel topic</translation>
    </message>
</context>
<context>
    <name>guild::ui::ChatPanel</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Offline: messages will be sent when the connection is back</source>
        <translation>Offline: messages will be sent when the connection is back</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%1 · %n message waiting to be sent</numerusform>
            <numerusform>%1 · %n messages waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>Write a message. Enter sends, Shift+Enter adds a line.</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 is typing…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 and %2 are typing…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>Several people are typing…</translation>
    </message>
    <message>
        <source>Search messages (works offline)</source>
        <translation>Search messages (works offline)</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>Notify me about</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>Mentions only</translation>
    </message>
    <message>
        <source>Nothing (mute)</source>
        <translation>Nothing (mute)</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>Replying to %1: %2</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Direct message</translation>
    </message>
    <message>
        <source>Username of the member to write to:</source>
        <translation>Username of the member to write to:</translation>
    </message>
    <message>
        <source>+ Direct message…</source>
        <translation>+ Direct message…</translation>
    </message>
    <message>
        <source>Reactions need a connection.</source>
        <translation>Reactions need a connection.</translation>
    </message>
    <message>
        <source>Editing your message · Enter saves, Esc cancels</source>
        <translation>Editing your message · Enter saves, Esc cancels</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>A message cannot be empty.</translation>
    </message>
    <message>
        <source>Edits need a connection.</source>
        <translation>Edits need a connection.</translation>
    </message>
    <message>
        <source>Your membership no longer includes #%1; it has left your list.</source>
        <translation>Your membership no longer includes #%1; it has left your list.</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages found</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Message to send</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>No messages yet</translation>
    </message>
    <message>
        <source>Say hello: what you write here reaches everyone in this conversation, and stays readable offline.</source>
        <translation>Say hello: what you write here reaches everyone in this conversation, and stays readable offline.</translation>
    </message>
    <message>
        <source>Write the first message</source>
        <translation>Write the first message</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>No channels yet</translation>
    </message>
    <message>
        <source>The community&apos;s channels appear here as they open. A direct message reaches one member.</source>
        <translation>The community&apos;s channels appear here as they open. A direct message reaches one member.</translation>
    </message>
    <message>
        <source>Message a member…</source>
        <translation>Message a member…</translation>
    </message>
</context>
<context>
    <name>guild::ui::CodeListModel</name>
    <message numerus="yes">
        <source>%n day(s) of %1</source>
        <translation>
            <numerusform>%n day(s) of %1</numerusform>
            <numerusform>%n day(s) of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% off %2</source>
        <translation>%1% off %2</translation>
    </message>
    <message>
        <source>…%1 · %2 · used %3 of %4</source>
        <translation>…%1 · %2 · used %3 of %4</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>guild::ui::CodesPage</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% off</translation>
    </message>
    <message>
        <source>Redeem code: free days</source>
        <translation>Redeem code: free days</translation>
    </message>
    <message>
        <source>Coupon: percent off a checkout</source>
        <translation>Coupon: percent off a checkout</translation>
    </message>
    <message>
        <source> use(s)</source>
        <translation> use(s)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Make code</source>
        <translation>Make code</translation>
    </message>
    <message>
        <source>The new code shows here once: copy it, the server keeps only a hash</source>
        <translation>The new code shows here once: copy it, the server keeps only a hash</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>No codes yet. Redeem codes give free days of a tier; coupons take a percentage off a checkout.</source>
        <translation>No codes yet. Redeem codes give free days of a tier; coupons take a percentage off a checkout.</translation>
    </message>
    <message>
        <source>Free days</source>
        <translation>Free days</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Percent off</translation>
    </message>
    <message>
        <source>How many uses</source>
        <translation>How many uses</translation>
    </message>
    <message>
        <source>The new code</source>
        <translation>The new code</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>guild::ui::CommentsView</name>
    <message>
        <source>Show more comments</source>
        <translation>Show more comments</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>Send the comment (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Write a comment… Markdown and code blocks work.</source>
        <translation>Write a comment… Markdown and code blocks work.</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>Loading comments…</translation>
    </message>
    <message>
        <source>No comments yet. Say what you think.</source>
        <translation>No comments yet. Say what you think.</translation>
    </message>
    <message numerus="yes">
        <source>This comment is %n character(s) too long.</source>
        <translation>
            <numerusform>This comment is %n character too long.</numerusform>
            <numerusform>This comment is %n characters too long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 (right-click to send again or discard)</source>
        <translation>Not sent: %1 (right-click to send again or discard)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Waiting to be sent…</source>
        <translation>Waiting to be sent…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
</context>
<context>
    <name>guild::ui::CommunityPanel</name>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>username (optional)</source>
        <translation>username (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Details (Markdown, code welcome)</source>
        <translation>Details (Markdown, code welcome)</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>Ask an expert</translation>
    </message>
    <message>
        <source>Bounty (points)</source>
        <translation>Bounty (points)</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>Asked by %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>Q&amp;&amp;A</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ask a question…</source>
        <translation>Ask a question…</translation>
    </message>
    <message>
        <source>Accept this answer</source>
        <translation>Accept this answer</translation>
    </message>
    <message>
        <source>Vote up</source>
        <translation>Vote up</translation>
    </message>
    <message>
        <source>Vote down</source>
        <translation>Vote down</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Your answer (Markdown; code keeps its layout)</source>
        <translation>Your answer (Markdown; code keeps its layout)</translation>
    </message>
    <message>
        <source>Give my seat back</source>
        <translation>Give my seat back</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>I&apos;m going</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Bug report</source>
        <translation>Bug report</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Tell the admins what happened or what you would like.</source>
        <translation>Tell the admins what happened or what you would like.</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <source>This question and its answers are for %1 members. Upgrade in the Membership panel to read them and to join in.</source>
        <translation>This question and its answers are for %1 members. Upgrade in the Membership panel to read them and to join in.</translation>
    </message>
    <message>
        <source>Report question…</source>
        <translation>Report question…</translation>
    </message>
    <message>
        <source>Report answer…</source>
        <translation>Report answer…</translation>
    </message>
    <message>
        <source>Schedule event…</source>
        <translation>Schedule event…</translation>
    </message>
    <message>
        <source>Change event…</source>
        <translation>Change event…</translation>
    </message>
    <message>
        <source>Take out of the digest</source>
        <translation>Take out of the digest</translation>
    </message>
    <message>
        <source>Put in the digest</source>
        <translation>Put in the digest</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Past events</source>
        <translation>Past events</translation>
    </message>
    <message>
        <source>You · waiting to be sent</source>
        <translation>You · waiting to be sent</translation>
    </message>
    <message>
        <source>You · not sent: %1 (the status bar&apos;s list can send it again)</source>
        <translation>You · not sent: %1 (the status bar&apos;s list can send it again)</translation>
    </message>
    <message>
        <source>Bookmark answer</source>
        <translation>Bookmark answer</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Q&amp;A, events and feedback</source>
        <translation>Q&amp;A, events and feedback</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>The question</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Your feedback and its answers</source>
        <translation>Your feedback and its answers</translation>
    </message>
    <message>
        <source>Feedback to the admins</source>
        <translation>Feedback to the admins</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>No questions yet</translation>
    </message>
    <message>
        <source>Ask what you are stuck on: members and experts answer, and the answer that helped is marked for everyone who comes later.</source>
        <translation>Ask what you are stuck on: members and experts answer, and the answer that helped is marked for everyone who comes later.</translation>
    </message>
    <message>
        <source>Ask the first question</source>
        <translation>Ask the first question</translation>
    </message>
    <message>
        <source>No events here</source>
        <translation>No events here</translation>
    </message>
    <message>
        <source>Live sessions, office hours and meetups appear here, in your own time zone; you reserve a seat with one click.</source>
        <translation>Live sessions, office hours and meetups appear here, in your own time zone; you reserve a seat with one click.</translation>
    </message>
    <message>
        <source>Create the first event</source>
        <translation>Create the first event</translation>
    </message>
    <message>
        <source>Insert picture…</source>
        <translation>Insert picture…</translation>
    </message>
    <message>
        <source>bounty %L1 points</source>
        <translation>bounty %L1 points</translation>
    </message>
</context>
<context>
    <name>guild::ui::CommunitySwitcher</name>
    <message numerus="yes">
        <source>%1 (%2)
%n unread message(s)</source>
        <translation>
            <numerusform>%1 (%2)
%n unread message</numerusform>
            <numerusform>%1 (%2)
%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add a community: sign in to another server, or as someone else</source>
        <translation>Add a community: sign in to another server, or as someone else</translation>
    </message>
</context>
<context>
    <name>guild::ui::ContentPictures</name>
    <message>
        <source>[Picture at %1, not loaded]</source>
        <translation>[Picture at %1, not loaded]</translation>
    </message>
    <message>
        <source>[Picture not shown]</source>
        <translation>[Picture not shown]</translation>
    </message>
</context>
<context>
    <name>guild::ui::CopyCode</name>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>Block %1: %2</translation>
    </message>
</context>
<context>
    <name>guild::ui::CourseEditor</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Title of the course:</source>
        <translation>Title of the course:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Connection lost: resuming when the server answers…</source>
        <translation>Connection lost: resuming when the server answers…</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Title of the section:</source>
        <translation>Title of the section:</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>New lesson</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>Title of the lesson:</translation>
    </message>
    <message>
        <source>Delete the section “%1”? Only an empty section can go.</source>
        <translation>Delete the section “%1”? Only an empty section can go.</translation>
    </message>
    <message>
        <source>Delete the lesson “%1” with everyone&apos;s progress on it?</source>
        <translation>Delete the lesson “%1” with everyone&apos;s progress on it?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>New course…</translation>
    </message>
    <message>
        <source>Add section…</source>
        <translation>Add section…</translation>
    </message>
    <message>
        <source>Add lesson…</source>
        <translation>Add lesson…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>Save section</translation>
    </message>
    <message>
        <source>Title of the section</source>
        <translation>Title of the section</translation>
    </message>
    <message>
        <source>Drag sections and lessons to reorder them; a lesson can move to another section.</source>
        <translation>Drag sections and lessons to reorder them; a lesson can move to another section.</translation>
    </message>
    <message>
        <source>Start a course with “New course…”: it stays a draft, seen by you and admins, until you publish it.</source>
        <translation>Start a course with “New course…”: it stays a draft, seen by you and admins, until you publish it.</translation>
    </message>
    <message>
        <source>This file is not a picture Guild can read, or too large even made small.</source>
        <translation>This file is not a picture Guild can read, or too large even made small.</translation>
    </message>
</context>
<context>
    <name>guild::ui::CourseForm</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Open to</translation>
    </message>
    <message>
        <source>Also sold alone for</source>
        <translation>Also sold alone for</translation>
    </message>
    <message>
        <source>Cover colour</source>
        <translation>Cover colour</translation>
    </message>
    <message>
        <source>not sold alone</source>
        <translation>not sold alone</translation>
    </message>
    <message>
        <source>What members learn, for whom, and what they need before</source>
        <translation>What members learn, for whom, and what they need before</translation>
    </message>
    <message>
        <source>Published: members see it (a draft is seen by you and admins only)</source>
        <translation>Published: members see it (a draft is seen by you and admins only)</translation>
    </message>
    <message>
        <source>Save course</source>
        <translation>Save course</translation>
    </message>
    <message>
        <source>Choose a cover picture</source>
        <translation>Choose a cover picture</translation>
    </message>
    <message>
        <source>No picture: the tile shows the colour</source>
        <translation>No picture: the tile shows the colour</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
</context>
<context>
    <name>guild::ui::CoursePage</name>
    <message>
        <source>Certificate - %1.pdf</source>
        <translation>Certificate - %1.pdf</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Export certificate</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Download interrupted (%1); it carries on by itself.</source>
        <translation>Download interrupted (%1); it carries on by itself.</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>%p% done</translation>
    </message>
    <message>
        <source>Download for offline use (%1)</source>
        <translation>Download for offline use (%1)</translation>
    </message>
    <message>
        <source>Keep for offline reading</source>
        <translation>Keep for offline reading</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Resume download</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Pause download</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>Remove download</translation>
    </message>
    <message>
        <source>On this computer: lessons and videos work offline (%1).</source>
        <translation>On this computer: lessons and videos work offline (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 downloaded%3</source>
        <translation>%1 of %2 downloaded%3</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · paused</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>Certificate saved to %1.</translation>
    </message>
    <message>
        <source>The certificate could not be written to %1.</source>
        <translation>The certificate could not be written to %1.</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>← All courses</translation>
    </message>
    <message>
        <source>sold on its own: %1</source>
        <translation>sold on its own: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s) · %2</source>
        <translation>
            <numerusform>%1 · %n lesson · %2</numerusform>
            <numerusform>%1 · %n lessons · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This course is sold on its own; the free previews are open to everyone.</source>
        <translation>This course is sold on its own; the free previews are open to everyone.</translation>
    </message>
    <message>
        <source>Upgrade your membership to open every lesson; the free previews are open now.</source>
        <translation>Upgrade your membership to open every lesson; the free previews are open now.</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continue where you left off</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>Start the course</translation>
    </message>
    <message>
        <source>Export certificate (PDF)…</source>
        <translation>Export certificate (PDF)…</translation>
    </message>
    <message>
        <source>free for every member</source>
        <translation>free for every member</translation>
    </message>
    <message>
        <source>needs the %1 tier or higher</source>
        <translation>needs the %1 tier or higher</translation>
    </message>
    <message>
        <source>Finish the payment in your browser; the course opens here once it is paid.</source>
        <translation>Finish the payment in your browser; the course opens here once it is paid.</translation>
    </message>
    <message>
        <source>Payment received: “%1” is yours.</source>
        <translation>Payment received: “%1” is yours.</translation>
    </message>
    <message>
        <source>Buy this course (%1)…</source>
        <translation>Buy this course (%1)…</translation>
    </message>
    <message>
        <source>Lessons of the course</source>
        <translation>Lessons of the course</translation>
    </message>
</context>
<context>
    <name>guild::ui::CourseTileDelegate</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s)</source>
        <translation>
            <numerusform>%1 · %n lesson</numerusform>
            <numerusform>%1 · %n lessons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guild::ui::CoursesPanel</name>
    <message>
        <source>No courses yet. They appear here once Guild has reached the server.</source>
        <translation>No courses yet. They appear here once Guild has reached the server.</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>No course matches.</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Search courses</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>All courses</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
</context>
<context>
    <name>guild::ui::DashboardPanel</name>
    <message>
        <source>Saved as the community&apos;s weights (version %1).</source>
        <translation>Saved as the community&apos;s weights (version %1).</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>guild-activity.csv</source>
        <translation>guild-activity.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <source>guild-dashboard.png</source>
        <translation>guild-dashboard.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>P = N × T × p × C = %1 × %2 h × %3 × %4</source>
        <translation>P = N × T × p × C = %1 × %2 h × %3 × %4</translation>
    </message>
    <message>
        <source>%1 finished and %2 liked of %3 reads</source>
        <translation>%1 finished and %2 liked of %3 reads</translation>
    </message>
    <message>
        <source>%1 paying of %2 members</source>
        <translation>%1 paying of %2 members</translation>
    </message>
    <message>
        <source>DAU %1 / MAU %2</source>
        <translation>DAU %1 / MAU %2</translation>
    </message>
    <message>
        <source>Revenue in the period: %1</source>
        <translation>Revenue in the period: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>My activity</source>
        <translation>My activity</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Activity A</source>
        <translation>Activity A</translation>
    </message>
    <message>
        <source>Participation P</source>
        <translation>Participation P</translation>
    </message>
    <message>
        <source>Content quality C</source>
        <translation>Content quality C</translation>
    </message>
    <message>
        <source>Monetisation B</source>
        <translation>Monetisation B</translation>
    </message>
    <message>
        <source>DAU / MAU</source>
        <translation>DAU / MAU</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Weekly retention by join week</source>
        <translation>Weekly retention by join week</translation>
    </message>
    <message>
        <source>Top content</source>
        <translation>Top content</translation>
    </message>
    <message>
        <source>By reading time</source>
        <translation>By reading time</translation>
    </message>
    <message>
        <source>By completions</source>
        <translation>By completions</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Active (30 days)</source>
        <translation>Active (30 days)</translation>
    </message>
    <message>
        <source>Read or learned</source>
        <translation>Read or learned</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Paying</translation>
    </message>
    <message>
        <source>What if: weights of A = αP + βC + γB</source>
        <translation>What if: weights of A = αP + βC + γB</translation>
    </message>
    <message>
        <source>α (participation)</source>
        <translation>α (participation)</translation>
    </message>
    <message>
        <source>β (quality)</source>
        <translation>β (quality)</translation>
    </message>
    <message>
        <source>γ (monetisation)</source>
        <translation>γ (monetisation)</translation>
    </message>
    <message>
        <source>Save as community weights</source>
        <translation>Save as community weights</translation>
    </message>
    <message>
        <source>Back to saved</source>
        <translation>Back to saved</translation>
    </message>
    <message>
        <source>Saved weights: version %1%2</source>
        <translation>Saved weights: version %1%2</translation>
    </message>
    <message>
        <source>, set by %1 on %2</source>
        <translation>, set by %1 on %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, against %2</source>
        <translation>%1, against %2</translation>
    </message>
    <message>
        <source>The last complete period, %1, against the one before</source>
        <translation>The last complete period, %1, against the one before</translation>
    </message>
    <message>
        <source>A = αP + βC + γB over %1</source>
        <translation>A = αP + βC + γB over %1</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>Conversion funnel</translation>
    </message>
    <message>
        <source>Community figures and my activity</source>
        <translation>Community figures and my activity</translation>
    </message>
</context>
<context>
    <name>guild::ui::DeviceListModel</name>
    <message>
        <source>Signed in %1 · last active %2</source>
        <translation>Signed in %1 · last active %2</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
</context>
<context>
    <name>guild::ui::EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>For %1 members</source>
        <translation>For %1 members</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>Save event</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Join link</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>Open to</translation>
    </message>
</context>
<context>
    <name>guild::ui::EventListModel</name>
    <message>
        <source>%1 (%2 in %3) · %4 of %5 seats taken</source>
        <translation>%1 (%2 in %3) · %4 of %5 seats taken</translation>
    </message>
    <message>
        <source>you are going</source>
        <translation>you are going</translation>
    </message>
    <message>
        <source>for %1 members</source>
        <translation>for %1 members</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 in %3) · %n went</source>
        <translation>
            <numerusform>%1 (%2 in %3) · %n went</numerusform>
            <numerusform>%1 (%2 in %3) · %n went</numerusform>
        </translation>
    </message>
    <message>
        <source>you went</source>
        <translation>you went</translation>
    </message>
</context>
<context>
    <name>guild::ui::FeedPanel</name>
    <message>
        <source>No articles yet. They appear here after the first sync.</source>
        <translation>No articles yet. They appear here after the first sync.</translation>
    </message>
    <message>
        <source>No article matches your search.</source>
        <translation>No article matches your search.</translation>
    </message>
    <message>
        <source>Digest only</source>
        <translation>Digest only</translation>
    </message>
    <message>
        <source>Only the articles the authors chose for the digest (精华)</source>
        <translation>Only the articles the authors chose for the digest (精华)</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>Write…</translation>
    </message>
    <message>
        <source>Write a post, now or scheduled, with an optional poll</source>
        <translation>Write a post, now or scheduled, with an optional poll</translation>
    </message>
    <message>
        <source>Report comment…</source>
        <translation>Report comment…</translation>
    </message>
    <message>
        <source>Search articles, or #tag (works offline)</source>
        <translation>Search articles, or #tag (works offline)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>guild::ui::ForgotPasswordDialog</name>
    <message>
        <source>Email me a code</source>
        <translation>Email me a code</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Give your username or email address: if the community can send mail, a one-time code arrives within a minute. Without mail, ask an admin for a code.</source>
        <translation>Give your username or email address: if the community can send mail, a one-time code arrives within a minute. Without mail, ask an admin for a code.</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>Username or email</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>If an account with that name or address has an email address, a code is on its way. Type it below with your new password.</source>
        <translation>If an account with that name or address has an email address, a code is on its way. Type it below with your new password.</translation>
    </message>
</context>
<context>
    <name>guild::ui::HomeworkBox</name>
    <message>
        <source>Not handed in yet.</source>
        <translation>Not handed in yet.</translation>
    </message>
    <message>
        <source>Handed in %1 · waiting for review</source>
        <translation>Handed in %1 · waiting for review</translation>
    </message>
    <message>
        <source>Handed in %1 · passed</source>
        <translation>Handed in %1 · passed</translation>
    </message>
    <message>
        <source>Handed in %1 · please revise</source>
        <translation>Handed in %1 · please revise</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Reviewer: %1</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Hand in</translation>
    </message>
    <message>
        <source>Your answer: text or code (kept as typed).</source>
        <translation>Your answer: text or code (kept as typed).</translation>
    </message>
    <message>
        <source>Your homework</source>
        <translation>Your homework</translation>
    </message>
</context>
<context>
    <name>guild::ui::HomeworkListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>guild::ui::IndexingStatus</name>
    <message>
        <source>Building the search index… %1 %</source>
        <translation>Building the search index… %1 %</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop for now; it carries on next time Guild starts. Until then some older articles and messages are not found.</source>
        <translation>Stop for now; it carries on next time Guild starts. Until then some older articles and messages are not found.</translation>
    </message>
    <message>
        <source>%L1 of %L2 cached articles and messages</source>
        <translation>%L1 of %L2 cached articles and messages</translation>
    </message>
</context>
<context>
    <name>guild::ui::KeyboardNavigation</name>
    <message>
        <source>G&amp;o</source>
        <translation>G&amp;o</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Reply to the chosen message</source>
        <translation>Reply to the chosen message</translation>
    </message>
    <message>
        <source>React to the chosen message…</source>
        <translation>React to the chosen message…</translation>
    </message>
    <message>
        <source>Larger reading text</source>
        <translation>Larger reading text</translation>
    </message>
    <message>
        <source>Smaller reading text</source>
        <translation>Smaller reading text</translation>
    </message>
    <message>
        <source>Normal reading text</source>
        <translation>Normal reading text</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>guild::ui::KpiTile</name>
    <message>
        <source>no earlier period</source>
        <translation>no earlier period</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2% vs previous</translation>
    </message>
</context>
<context>
    <name>guild::ui::LeaderboardModel</name>
    <message>
        <source>%1. %2 · %L3 points</source>
        <translation>%1. %2 · %L3 points</translation>
    </message>
</context>
<context>
    <name>guild::ui::LessonForm</name>
    <message>
        <source>Choose the lesson&apos;s video</source>
        <translation>Choose the lesson&apos;s video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>Videos (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <source>No video yet.</source>
        <translation>No video yet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Notes under the video (Markdown)</source>
        <translation>Notes under the video (Markdown)</translation>
    </message>
    <message>
        <source>Introduction (Markdown)</source>
        <translation>Introduction (Markdown)</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), ready to save.</source>
        <translation>
            <numerusform>%n question(s), ready to save.</numerusform>
            <numerusform>%n question(s), ready to save.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Free preview for every member</source>
        <translation>Free preview for every member</translation>
    </message>
    <message>
        <source>A task members hand in for review (optional)</source>
        <translation>A task members hand in for review (optional)</translation>
    </message>
    <message>
        <source>? The question
* a right answer
- a wrong answer
&gt; why (optional)</source>
        <translation>? The question
* a right answer
- a wrong answer
&gt; why (optional)</translation>
    </message>
    <message>
        <source>Upload video…</source>
        <translation>Upload video…</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancel upload</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Save lesson</translation>
    </message>
    <message>
        <source>Insert picture…</source>
        <translation>Insert picture…</translation>
    </message>
</context>
<context>
    <name>guild::ui::LessonView</name>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>This lesson cannot be opened</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Done ✓</translation>
    </message>
    <message>
        <source>Next lesson →</source>
        <translation>Next lesson →</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lesson text</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
</context>
<context>
    <name>guild::ui::LoginDialog</name>
    <message>
        <source>Sign in to Guild</source>
        <translation>Sign in to Guild</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://guild.example.org.</source>
        <translation>Enter the server address, for example https://guild.example.org.</translation>
    </message>
    <message>
        <source>Use https:// for servers other than this computer: passwords must not travel unencrypted.</source>
        <translation>Use https:// for servers other than this computer: passwords must not travel unencrypted.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Join a Guild community</source>
        <translation>Join a Guild community</translation>
    </message>
    <message>
        <source>New here? Create an account</source>
        <translation>New here? Create an account</translation>
    </message>
    <message>
        <source>Have an account? Sign in</source>
        <translation>Have an account? Sign in</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creating your account…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with the new one.</source>
        <translation>Your password is changed: sign in with the new one.</translation>
    </message>
</context>
<context>
    <name>guild::ui::MainWindow</name>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Sync cancelled. It continues where it stopped next time.</source>
        <translation>Sync cancelled. It continues where it stopped next time.</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <source>● Offline: showing saved articles</source>
        <translation>● Offline: showing saved articles</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Guild</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>&amp;Guild</source>
        <translation>&amp;Guild</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 in #%2</translation>
    </message>
    <message>
        <source>Promote thread to article</source>
        <translation>Promote thread to article</translation>
    </message>
    <message>
        <source>Title of the new article:</source>
        <translation>Title of the new article:</translation>
    </message>
    <message>
        <source>Published “%1” from the chat thread.</source>
        <translation>Published “%1” from the chat thread.</translation>
    </message>
    <message>
        <source>This link points nowhere Guild knows.</source>
        <translation>This link points nowhere Guild knows.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>“%1” starts at %2.</source>
        <translation>“%1” starts at %2.</translation>
    </message>
    <message>
        <source>Event starting soon</source>
        <translation>Event starting soon</translation>
    </message>
    <message>
        <source>Promote thread to Q&amp;A</source>
        <translation>Promote thread to Q&amp;A</translation>
    </message>
    <message>
        <source>Title of the question:</source>
        <translation>Title of the question:</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Scheduled “%1” for %2.</source>
        <translation>Scheduled “%1” for %2.</translation>
    </message>
    <message>
        <source>Published “%1”.</source>
        <translation>Published “%1”.</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
</context>
<context>
    <name>guild::ui::MemberTableModel</name>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <source>banned until %1</source>
        <translation>banned until %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>guild::ui::MembershipPanel</name>
    <message>
        <source>The payment page opened in your browser. Come back here when you have paid.</source>
        <translation>The payment page opened in your browser. Come back here when you have paid.</translation>
    </message>
    <message>
        <source>Your tier: %1</source>
        <translation>Your tier: %1</translation>
    </message>
    <message>
        <source>Ended on %1: you keep it for a few more days. Renew now to keep going.</source>
        <translation>Ended on %1: you keep it for a few more days. Renew now to keep going.</translation>
    </message>
    <message numerus="yes">
        <source>Ends on %1 (in %n day(s)). Renew early and save 10%.</source>
        <translation>
            <numerusform>Ends on %1 (in %n day). Renew early and save 10%.</numerusform>
            <numerusform>Ends on %1 (in %n days). Renew early and save 10%.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs until %1.</source>
        <translation>Runs until %1.</translation>
    </message>
    <message>
        <source>Free forever: upgrade for member articles, courses and Q&amp;A.</source>
        <translation>Free forever: upgrade for member articles, courses and Q&amp;A.</translation>
    </message>
    <message>
        <source>%1 · %2 a month</source>
        <translation>%1 · %2 a month</translation>
    </message>
    <message>
        <source>%1 · %2 a year</source>
        <translation>%1 · %2 a year</translation>
    </message>
    <message>
        <source>Renew or upgrade…</source>
        <translation>Renew or upgrade…</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Buy…</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>First check-in</translation>
    </message>
    <message>
        <source>7-day streak</source>
        <translation>7-day streak</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>First answer</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>First post</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Course completed</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Streak: %n day</numerusform>
            <numerusform>Streak: %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation>Badges: %1</translation>
    </message>
    <message>
        <source>Checked in today ✓</source>
        <translation>Checked in today ✓</translation>
    </message>
    <message>
        <source>Check in today</source>
        <translation>Check in today</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>Your membership</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Daily check-in</translation>
    </message>
    <message>
        <source>Coupon (optional)</source>
        <translation>Coupon (optional)</translation>
    </message>
    <message>
        <source>Redeem code, e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>Redeem code, e.g. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Redeem</translation>
    </message>
    <message>
        <source>What did you learn today? (optional)</source>
        <translation>What did you learn today? (optional)</translation>
    </message>
    <message>
        <source>Start a free trial</source>
        <translation>Start a free trial</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Leaderboard: this week</source>
        <translation>Leaderboard: this week</translation>
    </message>
    <message>
        <source>Leaderboard: all time</source>
        <translation>Leaderboard: all time</translation>
    </message>
    <message>
        <source>No points yet: check in, post or answer to earn some.</source>
        <translation>No points yet: check in, post or answer to earn some.</translation>
    </message>
    <message>
        <source>Points and payments</source>
        <translation>Points and payments</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>Points history</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Nobody has points yet this week: be the first to check in.</source>
        <translation>Nobody has points yet this week: be the first to check in.</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>As of %1, when Guild last reached the server.</source>
        <translation>As of %1, when Guild last reached the server.</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Redeem code</source>
        <translation>Redeem code</translation>
    </message>
    <message>
        <source>Check-ins this month</source>
        <translation>Check-ins this month</translation>
    </message>
    <message>
        <source>Level %1 · %L2 points</source>
        <translation>Level %1 · %L2 points</translation>
    </message>
    <message>
        <source>%L1 to the next level</source>
        <translation>%L1 to the next level</translation>
    </message>
</context>
<context>
    <name>guild::ui::MessageActions</name>
    <message>
        <source>Reply in thread</source>
        <translation>Reply in thread</translation>
    </message>
    <message>
        <source>Open thread</source>
        <translation>Open thread</translation>
    </message>
    <message>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Delete message</translation>
    </message>
    <message>
        <source>Delete this message for everyone? This cannot be undone.</source>
        <translation>Delete this message for everyone? This cannot be undone.</translation>
    </message>
    <message>
        <source>Promote thread to article…</source>
        <translation>Promote thread to article…</translation>
    </message>
    <message>
        <source>Reactions, edits and deletes need a connection</source>
        <translation>Reactions, edits and deletes need a connection</translation>
    </message>
    <message>
        <source>Promote thread to Q&amp;&amp;A question…</source>
        <translation>Promote thread to Q&amp;&amp;A question…</translation>
    </message>
    <message>
        <source>Report to the moderators…</source>
        <translation>Report to the moderators…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
</context>
<context>
    <name>guild::ui::MessageDelegate</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>a reply to an earlier message</source>
        <translation>a reply to an earlier message</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(edited)</translation>
    </message>
    <message>
        <source>%1 (deleted message)</source>
        <translation>%1 (deleted message)</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>This message was deleted.</translation>
    </message>
</context>
<context>
    <name>guild::ui::MyActivityView</name>
    <message>
        <source>My activity</source>
        <translation>My activity</translation>
    </message>
    <message>
        <source>Minutes in Guild</source>
        <translation>Minutes in Guild</translation>
    </message>
    <message>
        <source>Minutes reading</source>
        <translation>Minutes reading</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %1 min in Guild, %2 min reading, %3 finished, %4 points, days active: %5.</source>
        <translation>
            <numerusform>Last %n day: %1 min in Guild, %2 min reading, %3 finished, %4 points, days active: %5.</numerusform>
            <numerusform>Last %n days: %1 min in Guild, %2 min reading, %3 finished, %4 points, days active: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-in streak: %n day(s) · level %1 · %2 points in all</source>
        <translation>
            <numerusform>Check-in streak: %n day · level %1 · %2 points in all</numerusform>
            <numerusform>Check-in streak: %n days · level %1 · %2 points in all</numerusform>
        </translation>
    </message>
    <message>
        <source>My courses and how far I am</source>
        <translation>My courses and how far I am</translation>
    </message>
</context>
<context>
    <name>guild::ui::NewestFollower</name>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n new message ↓</numerusform>
            <numerusform>%n new messages ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the newest message</source>
        <translation>Go to the newest message</translation>
    </message>
</context>
<context>
    <name>guild::ui::NotificationCentre</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification(s)</numerusform>
            <numerusform>%n unread notification(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Nothing yet: reviews of your homework, answers to your feedback and moderators&apos; notes arrive here.</source>
        <translation>Nothing yet: reviews of your homework, answers to your feedback and moderators&apos; notes arrive here.</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>Mark all read</translation>
    </message>
</context>
<context>
    <name>guild::ui::OutboxStatus</name>
    <message>
        <source>an article</source>
        <translation>an article</translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <translation>Comment on %1: %2</translation>
    </message>
    <message>
        <source>Like of an article</source>
        <translation>Like of an article</translation>
    </message>
    <message>
        <source>Taking back a like</source>
        <translation>Taking back a like</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Vote on an answer</source>
        <translation>Vote on an answer</translation>
    </message>
    <message>
        <source>Reply to an event</source>
        <translation>Reply to an event</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Daily check-in</translation>
    </message>
    <message>
        <source>Vote in a poll</source>
        <translation>Vote in a poll</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>A change</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n change not sent</numerusform>
            <numerusform>%n changes not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>What you wrote or did that the server does not have yet. It is kept, and goes as soon as the server can be reached.</source>
        <translation>What you wrote or did that the server does not have yet. It is kept, and goes as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>not sent: %1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>sending…</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server (tried %n time(s))</source>
        <translation>
            <numerusform>waiting for the server (tried %n time)</numerusform>
            <numerusform>waiting for the server (tried %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>waiting for the server</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Quiz answers</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>Homework: %1</translation>
    </message>
</context>
<context>
    <name>guild::ui::OwnFeedbackModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Waiting for an answer.</source>
        <translation>%1
Waiting for an answer.</translation>
    </message>
    <message>
        <source>%1
Answer: %2</source>
        <translation>%1
Answer: %2</translation>
    </message>
</context>
<context>
    <name>guild::ui::PaymentListModel</name>
    <message>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>%1 · course “%2” · %3</source>
        <translation>%1 · course “%2” · %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>(year)</source>
        <translation>(year)</translation>
    </message>
    <message>
        <source>(month)</source>
        <translation>(month)</translation>
    </message>
</context>
<context>
    <name>guild::ui::PictureFile</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>guild::ui::PictureInserter</name>
    <message>
        <source>Insert picture</source>
        <translation>Insert picture</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
</context>
<context>
    <name>guild::ui::PointsLedgerModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>+%L1</source>
        <translation>+%L1</translation>
    </message>
</context>
<context>
    <name>guild::ui::PollView</name>
    <message>
        <source>Poll</source>
        <translation>Poll</translation>
    </message>
    <message>
        <source>Loading the poll…</source>
        <translation>Loading the poll…</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · %1%</source>
        <translation>
            <numerusform>%n vote · %1%</numerusform>
            <numerusform>%n votes · %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>Change vote</translation>
    </message>
    <message>
        <source>Withdraw vote</source>
        <translation>Withdraw vote</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>closes %1</translation>
    </message>
    <message>
        <source>pick any</source>
        <translation>pick any</translation>
    </message>
</context>
<context>
    <name>guild::ui::QuestionListModel</name>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n answer</numerusform>
            <numerusform>%1 · %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 members</source>
        <translation>for %1 members</translation>
    </message>
    <message>
        <source>bounty %L1</source>
        <translation>bounty %L1</translation>
    </message>
</context>
<context>
    <name>guild::ui::QuizView</name>
    <message>
        <source>✓ Right. %1</source>
        <translation>✓ Right. %1</translation>
    </message>
    <message>
        <source>✗ The answer: %1. %2</source>
        <translation>✗ The answer: %1. %2</translation>
    </message>
    <message>
        <source>Passed: %1 of %2 right. The lesson is done.</source>
        <translation>Passed: %1 of %2 right. The lesson is done.</translation>
    </message>
    <message>
        <source>%1 of %2 right. Read the explanations and try again.</source>
        <translation>%1 of %2 right. Read the explanations and try again.</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>Check my answers</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReachChart</name>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <source>DAU (average)</source>
        <translation>DAU (average)</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>WAU</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>MAU</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReaderTools</name>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>As Markdown…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>As PDF…</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ Saved</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ Save</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Highlight with a note…</source>
        <translation>Highlight with a note…</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Your note:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Keep this in Saved</source>
        <translation>Keep this in Saved</translation>
    </message>
    <message>
        <source>Save this as a Markdown or PDF file</source>
        <translation>Save this as a Markdown or PDF file</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReportListModel</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chat message</translation>
    </message>
    <message>
        <source>%1 by %2, reported by %3: %4</source>
        <translation>%1 by %2, reported by %3: %4</translation>
    </message>
    <message>
        <source>hidden by %1</source>
        <translation>hidden by %1</translation>
    </message>
    <message>
        <source>dismissed by %1</source>
        <translation>dismissed by %1</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReportsPage</name>
    <message>
        <source>Show reports already dealt with</source>
        <translation>Show reports already dealt with</translation>
    </message>
    <message>
        <source>Reason, told to the author when their words are hidden</source>
        <translation>Reason, told to the author when their words are hidden</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Hide it</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>Dismiss report</translation>
    </message>
    <message>
        <source>Nothing reported. Members report a comment, answer, question or chat message from its context menu, and it waits here.</source>
        <translation>Nothing reported. Members report a comment, answer, question or chat message from its context menu, and it waits here.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>guild::ui::SafeTextBrowser</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Copy this code</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>guild::ui::SavedPanel</name>
    <message>
        <source>Notes exported to %1.</source>
        <translation>Notes exported to %1.</translation>
    </message>
    <message>
        <source>Could not export the notes: %1</source>
        <translation>Could not export the notes: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note on “%1”:</source>
        <translation>Your note on “%1”:</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Nothing saved yet. Keep an article with ☆ Save above it, or select a passage and choose Highlight from its menu; it shows here, offline too.</source>
        <translation>Nothing saved yet. Keep an article with ☆ Save above it, or select a passage and choose Highlight from its menu; it shows here, offline too.</translation>
    </message>
    <message>
        <source>Nothing saved holds “%1”.</source>
        <translation>Nothing saved holds “%1”.</translation>
    </message>
    <message>
        <source>Search your bookmarks, highlights and notes</source>
        <translation>Search your bookmarks, highlights and notes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Export notes…</translation>
    </message>
    <message>
        <source>Save your highlights and notes as a Markdown file</source>
        <translation>Save your highlights and notes as a Markdown file</translation>
    </message>
    <message>
        <source>Saved items</source>
        <translation>Saved items</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>Nothing saved yet</translation>
    </message>
    <message>
        <source>Save an article with ☆ Save in the reader, bookmark a chat message or an answer from its menu, or highlight a passage: it all comes here, searchable offline.</source>
        <translation>Save an article with ☆ Save in the reader, bookmark a chat message or an answer from its menu, or highlight a passage: it all comes here, searchable offline.</translation>
    </message>
</context>
<context>
    <name>guild::ui::SearchPopup</name>
    <message numerus="yes">
        <source>Articles · %n</source>
        <translation>
            <numerusform>Articles · %n</numerusform>
            <numerusform>Articles · %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat messages · %n</source>
        <translation>
            <numerusform>Chat messages · %n</numerusform>
            <numerusform>Chat messages · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing cached matches “%1”.</source>
        <translation>Nothing cached matches “%1”.</translation>
    </message>
    <message>
        <source>↑↓ choose, Enter opens, Esc closes.</source>
        <translation>↑↓ choose, Enter opens, Esc closes.</translation>
    </message>
    <message numerus="yes">
        <source>Courses and lessons · %n</source>
        <translation>
            <numerusform>Courses and lessons · %n</numerusform>
            <numerusform>Courses and lessons · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>Courses and lessons</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>Past week</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>Past month</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Past year</translation>
    </message>
    <message>
        <source>Digest only</source>
        <translation>Digest only</translation>
    </message>
    <message numerus="yes">
        <source>Questions, answers, comments and events · %n</source>
        <translation>
            <numerusform>Questions, answers, comments and events · %n</numerusform>
            <numerusform>Questions, answers, comments and events · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches articles, courses, lessons and chat messages, offline too; online also questions, answers, comments and events. ↑↓ choose, Enter opens.</source>
        <translation>Searches articles, courses, lessons and chat messages, offline too; online also questions, answers, comments and events. ↑↓ choose, Enter opens.</translation>
    </message>
    <message>
        <source>Nothing cached matches “%1”; asking the server…</source>
        <translation>Nothing cached matches “%1”; asking the server…</translation>
    </message>
    <message>
        <source>Asking the server for more… ↑↓ choose, Enter opens.</source>
        <translation>Asking the server for more… ↑↓ choose, Enter opens.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Q&amp;A, comments and events</source>
        <translation>Q&amp;A, comments and events</translation>
    </message>
    <message>
        <source>Search everything: articles, courses, chat… (Chinese, English, code; #tag and from:name narrow it)</source>
        <translation>Search everything: articles, courses, chat… (Chinese, English, code; #tag and from:name narrow it)</translation>
    </message>
    <message>
        <source>The search index is still being built (%1 %): some older items are not found yet.</source>
        <translation>The search index is still being built (%1 %): some older items are not found yet.</translation>
    </message>
    <message numerus="yes">
        <source>Members · %n</source>
        <translation>
            <numerusform>Members · %n</numerusform>
            <numerusform>Members · %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articles in your other communities · %n</source>
        <translation>
            <numerusform>Articles in your other communities · %n</numerusform>
            <numerusform>Articles in your other communities · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guild::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Trusted certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own certificate authority. Certificates are always verified; this adds one more authority to trust. Takes effect at the next start.</source>
        <translation>Only for a self-hosted server with its own certificate authority. Certificates are always verified; this adds one more authority to trust. Takes effect at the next start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Extra trusted certificate</source>
        <translation>Extra trusted certificate</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
    <message>
        <source>Remove all downloads</source>
        <translation>Remove all downloads</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>Downloaded courses</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 on this computer</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
</context>
<context>
    <name>guild::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>guild::ui::SignUpForm</name>
    <message>
        <source>3 to 32 letters, digits or underscores</source>
        <translation>3 to 32 letters, digits or underscores</translation>
    </message>
    <message>
        <source>An address where the community can reach you</source>
        <translation>An address where the community can reach you</translation>
    </message>
    <message>
        <source>8 characters or more</source>
        <translation>8 characters or more</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>How others see you (optional)</source>
        <translation>How others see you (optional)</translation>
    </message>
</context>
<context>
    <name>guild::ui::StickyRunHeader</name>
    <message>
        <source>%1, %2</source>
        <comment>sender, time of the first message of the run at the top</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <comment>time of a run of messages whose start is scrolled away</comment>
        <translation>%1 · continued</translation>
    </message>
</context>
<context>
    <name>guild::ui::SyllabusDelegate</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>homework</source>
        <translation>homework</translation>
    </message>
</context>
<context>
    <name>guild::ui::SyncStatus</name>
    <message numerus="yes">
        <source>Syncing… %n article(s)</source>
        <translation>
            <numerusform>Syncing… %n article</numerusform>
            <numerusform>Syncing… %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 articles</source>
        <translation>Syncing… %1 of about %2 articles</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <translation>
            <numerusform>%1, about %n second left</numerusform>
            <numerusform>%1, about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <translation>
            <numerusform>%1, about %n minute left</numerusform>
            <numerusform>%1, about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop syncing; it carries on where it stopped next time.</source>
        <translation>Stop syncing; it carries on where it stopped next time.</translation>
    </message>
</context>
<context>
    <name>guild::ui::ThreadView</name>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Close the thread</source>
        <translation>Close the thread</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>Notify me:</translation>
    </message>
    <message>
        <source>As the channel</source>
        <translation>As the channel</translation>
    </message>
    <message>
        <source>All replies</source>
        <translation>All replies</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>Mentions only</translation>
    </message>
    <message>
        <source>Nothing (mute)</source>
        <translation>Nothing (mute)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Reply in the thread. Enter sends, Shift+Enter adds a line.</source>
        <translation>Reply in the thread. Enter sends, Shift+Enter adds a line.</translation>
    </message>
</context>
<context>
    <name>guild::ui::TierAdminModel</name>
    <message>
        <source>%1 · free for everyone</source>
        <translation>%1 · free for everyone</translation>
    </message>
    <message>
        <source>%1 · %2 a month · %3 a year</source>
        <translation>%1 · %2 a month · %3 a year</translation>
    </message>
    <message>
        <source>%1 · retired</source>
        <translation>%1 · retired</translation>
    </message>
</context>
<context>
    <name>guild::ui::TiersPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Free trial</translation>
    </message>
    <message>
        <source>First tier with</source>
        <translation>First tier with</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> a month</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> a year</translation>
    </message>
    <message>
        <source>The community sells in one currency: it applies to every tier and course.</source>
        <translation>The community sells in one currency: it applies to every tier and course.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>One benefit a line, as members see it when they choose a tier</source>
        <translation>One benefit a line, as members see it when they choose a tier</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>Q&amp;&amp;A</translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>Live events</translation>
    </message>
    <message>
        <source>Retired: no longer sold; members who have it keep it and may renew</source>
        <translation>Retired: no longer sold; members who have it keep it and may renew</translation>
    </message>
    <message>
        <source>Save tier</source>
        <translation>Save tier</translation>
    </message>
    <message>
        <source>The tiers load when the server answers.</source>
        <translation>The tiers load when the server answers.</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Price a month</source>
        <translation>Price a month</translation>
    </message>
    <message>
        <source>Price a year</source>
        <translation>Price a year</translation>
    </message>
</context>
<context>
    <name>guild::ui::VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Space: play or pause · ← →: 5 seconds back or ahead · [ ]: slower or faster</source>
        <translation>Space: play or pause · ← →: 5 seconds back or ahead · [ ]: slower or faster</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guild, the desktop home of your community</source>
        <translation>Guild, the desktop home of your community</translation>
    </message>
    <message>
        <source>Server address, for example https://guild.example.org.</source>
        <translation>Server address, for example https://guild.example.org.</translation>
    </message>
    <message>
        <source>Sign in to a local demo server as this demo account.</source>
        <translation>Sign in to a local demo server as this demo account.</translation>
    </message>
    <message>
        <source>Extra trusted CA certificate (PEM) for a self-hosted server.</source>
        <translation>Extra trusted CA certificate (PEM) for a self-hosted server.</translation>
    </message>
</context>
</TS>
