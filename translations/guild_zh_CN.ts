<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Formatting</name>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>高级会员</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Homework reviewed</source>
        <translation>作业已批改</translation>
    </message>
    <message>
        <source>Your homework for “%1” passed.</source>
        <translation>你在《%1》的作业已通过。</translation>
    </message>
    <message>
        <source>Your homework for “%1” needs another look.</source>
        <translation>你在《%1》的作业需要修改。</translation>
    </message>
    <message>
        <source>Feedback answered</source>
        <translation>反馈已回复</translation>
    </message>
    <message>
        <source>The admins answered your feedback: “%1”</source>
        <translation>管理员回复了你的反馈：“%1”</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Guild</translation>
    </message>
    <message>
        <source>Something new for you.</source>
        <translation>有你的新消息。</translation>
    </message>
    <message>
        <source>a comment of yours</source>
        <translation>你的一条评论</translation>
    </message>
    <message>
        <source>an answer of yours</source>
        <translation>你的一个回答</translation>
    </message>
    <message>
        <source>a question of yours</source>
        <translation>你的一个问题</translation>
    </message>
    <message>
        <source>a chat message of yours</source>
        <translation>你的一条聊天消息</translation>
    </message>
    <message>
        <source>Hidden by a moderator</source>
        <translation>内容已被版主隐藏</translation>
    </message>
    <message>
        <source>A moderator hid %1. The reason: %2</source>
        <translation>版主隐藏了%1。原因：%2</translation>
    </message>
</context>
<context>
    <name>PointsLedgerModel</name>
    <message>
        <source>Daily check-in</source>
        <translation>每日打卡</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>首次打卡</translation>
    </message>
    <message>
        <source>Published a post</source>
        <translation>发布文章</translation>
    </message>
    <message>
        <source>Answered a question</source>
        <translation>回答问题</translation>
    </message>
    <message>
        <source>Answer accepted</source>
        <translation>回答被采纳</translation>
    </message>
    <message>
        <source>Finished a lesson</source>
        <translation>完成一节课</translation>
    </message>
    <message>
        <source>Bounty offered on a question</source>
        <translation>为问题悬赏</translation>
    </message>
    <message>
        <source>Bounty won</source>
        <translation>获得悬赏</translation>
    </message>
</context>
<context>
    <name>QuizText</name>
    <message>
        <source>Line %1: the question before needs at least two answers.</source>
        <translation>第 %1 行：上一题至少需要两个选项。</translation>
    </message>
    <message>
        <source>Line %1: mark the right answer of the question before with &apos;*&apos;.</source>
        <translation>第 %1 行：请用“*”标出上一题的正确答案。</translation>
    </message>
    <message>
        <source>Line %1: a question needs its words after the &apos;?&apos;.</source>
        <translation>第 %1 行：“?”后面需要写题目内容。</translation>
    </message>
    <message>
        <source>Line %1: start each question with &apos;?&apos;.</source>
        <translation>第 %1 行：每道题以“?”开头。</translation>
    </message>
    <message>
        <source>Line %1: an answer needs its words after the &apos;%2&apos;.</source>
        <translation>第 %1 行：“%2”后面需要写选项内容。</translation>
    </message>
    <message>
        <source>Line %1: begin answers with &apos;*&apos; (right) or &apos;-&apos; (wrong), an explanation with &apos;&gt;&apos;.</source>
        <translation>第 %1 行：选项以“*”（正确）或“-”（错误）开头，解析以“&gt;”开头。</translation>
    </message>
    <message>
        <source>A quiz needs at least one question: start it with &apos;?&apos;.</source>
        <translation>测验至少需要一道题：以“?”开头。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report to the moderators</source>
        <translation>举报给版主</translation>
    </message>
    <message>
        <source>The moderators see what you report and who reported it; its author does not learn who you are.</source>
        <translation>版主会看到你举报的内容和举报人；作者不会知道是谁举报的。</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>垃圾信息或广告</translation>
    </message>
    <message>
        <source>Abuse or harassment</source>
        <translation>辱骂或骚扰</translation>
    </message>
    <message>
        <source>Off topic</source>
        <translation>偏离主题</translation>
    </message>
    <message>
        <source>Shares paid content outside the community</source>
        <translation>在社区外传播付费内容</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Anything the moderators should know (optional)</source>
        <translation>需要版主了解的其他情况（可选）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>guild::app::AccountService</name>
    <message>
        <source>Your free trial has started.</source>
        <translation>免费试用已开始。</translation>
    </message>
    <message>
        <source>Code redeemed: your membership now runs until %1.</source>
        <translation>兑换成功：会员有效期至 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %n day(s) in a row.</source>
        <translation>
            <numerusform>打卡成功：已连续 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. Your check-in goes to the server when Guild is back online.</source>
        <translation>已保存。恢复联网后，签到会发送到服务器。</translation>
    </message>
</context>
<context>
    <name>guild::app::AdminService</name>
    <message>
        <source>Membership changed.</source>
        <translation>会员已更改。</translation>
    </message>
    <message>
        <source>Answer sent; the member is notified.</source>
        <translation>回复已发送，已通知该成员。</translation>
    </message>
    <message>
        <source>Review sent; the member is notified.</source>
        <translation>批改已发送，已通知该成员。</translation>
    </message>
    <message>
        <source>The member is banned and signed out everywhere.</source>
        <translation>该成员已被封禁，并已在所有设备上退出登录。</translation>
    </message>
    <message>
        <source>The ban is lifted; the member can sign in again.</source>
        <translation>已解除封禁，该成员可以重新登录。</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>角色已更改。</translation>
    </message>
    <message>
        <source>Channel #%1 is open to its members.</source>
        <translation>频道 #%1 已向成员开放。</translation>
    </message>
    <message>
        <source>Channel #%1 saved.</source>
        <translation>频道 #%1 已保存。</translation>
    </message>
    <message>
        <source>The channel is archived: it left every list; its history stays.</source>
        <translation>频道已归档：已从所有人的列表中移除，历史消息仍保留。</translation>
    </message>
    <message>
        <source>The member is banned, signed out everywhere, and what they wrote is hidden.</source>
        <translation>该成员已被封禁，所有设备已退出登录，其发布的内容已隐藏。</translation>
    </message>
    <message>
        <source>Tier “%1” saved.</source>
        <translation>等级“%1”已保存。</translation>
    </message>
    <message>
        <source>Hidden; its author has been told why.</source>
        <translation>已隐藏，并已告知作者原因。</translation>
    </message>
    <message>
        <source>Report dismissed.</source>
        <translation>已驳回举报。</translation>
    </message>
</context>
<context>
    <name>guild::app::ApiClient</name>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Guild did not connect. %1</source>
        <translation>服务器证书不受信任，Guild 未建立连接。%1</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check your connection.</source>
        <translation>无法连接服务器，请检查网络。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Guild may need an update.</source>
        <translation>无法读取服务器的回复。Guild 可能需要更新。</translation>
    </message>
</context>
<context>
    <name>guild::app::ArticleExporter</name>
    <message>
        <source>Could not lay out the page.</source>
        <translation>无法排版页面。</translation>
    </message>
    <message>
        <source>Could not write the file.</source>
        <translation>无法写入文件。</translation>
    </message>
</context>
<context>
    <name>guild::app::CacheMigrator</name>
    <message>
        <source>Cannot prepare the offline cache: %1</source>
        <translation>无法准备离线缓存：%1</translation>
    </message>
    <message>
        <source>The offline cache is damaged: %1</source>
        <translation>离线缓存已损坏：%1</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of Guild (schema %1, this version knows %2). Update Guild to use it.</source>
        <translation>离线缓存由更新版本的 Guild 写入（结构版本 %1，当前版本支持 %2）。请升级 Guild 后再使用。</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>无法读取迁移脚本 %1。</translation>
    </message>
    <message>
        <source>Cannot update the offline cache: %1</source>
        <translation>无法更新离线缓存：%1</translation>
    </message>
    <message>
        <source>Updating the offline cache failed (%1): %2</source>
        <translation>更新离线缓存失败（%1）：%2</translation>
    </message>
    <message>
        <source>This SQLite cannot search (it has no FTS5), which the offline cache needs.</source>
        <translation>这个 SQLite 不支持搜索（没有 FTS5），离线缓存需要它。</translation>
    </message>
</context>
<context>
    <name>guild::app::ClientController</name>
    <message>
        <source>Offline cache</source>
        <translation>离线缓存</translation>
    </message>
    <message>
        <source>Your membership ran out on %1, so the paid articles, lessons, videos and chat kept on this computer are closed. Renew it to read them again.</source>
        <translation>你的会员已于 %1 到期，本机保存的付费文章、课程、视频和聊天已关闭。续费后即可重新阅读。</translation>
    </message>
    <message>
        <source>Your membership no longer includes some of what was kept on this computer, so those articles, lessons, videos and chat are closed.</source>
        <translation>你的会员已不再包含本机保存的部分内容，相关的文章、课程、视频和聊天已关闭。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>guild::app::CommunityService</name>
    <message numerus="yes">
        <source>Question posted; %n point(s) held as its bounty.</source>
        <translation>
            <numerusform>问题已发布；%n 积分已作为悬赏冻结。</numerusform>
        </translation>
    </message>
    <message>
        <source>Question posted.</source>
        <translation>问题已发布。</translation>
    </message>
    <message>
        <source>Answer posted.</source>
        <translation>回答已发布。</translation>
    </message>
    <message>
        <source>Answer accepted.</source>
        <translation>已采纳该回答。</translation>
    </message>
    <message>
        <source>You are going. See you there!</source>
        <translation>报名成功，到时见！</translation>
    </message>
    <message>
        <source>Your seat is given back.</source>
        <translation>已取消报名。</translation>
    </message>
    <message>
        <source>Thank you: the admins will read it and answer you.</source>
        <translation>谢谢！管理员会阅读并回复你。</translation>
    </message>
    <message>
        <source>The thread is now a question in Q&amp;A.</source>
        <translation>这个讨论串已转为答疑中的问题。</translation>
    </message>
    <message>
        <source>Event saved; members going keep their seats.</source>
        <translation>活动已保存，已报名的成员保留座位。</translation>
    </message>
    <message>
        <source>Event scheduled.</source>
        <translation>活动已安排。</translation>
    </message>
    <message>
        <source>The answer is in the digest.</source>
        <translation>该回答已加入精华。</translation>
    </message>
    <message>
        <source>The answer left the digest.</source>
        <translation>该回答已移出精华。</translation>
    </message>
    <message>
        <source>Saved. It goes to the server when Guild is back online.</source>
        <translation>已保存。恢复联网后会发送到服务器。</translation>
    </message>
</context>
<context>
    <name>guild::app::CourseAuthoringService</name>
    <message>
        <source>Course started, as a draft only you and admins see.</source>
        <translation>课程已创建，目前是草稿，只有你和管理员可见。</translation>
    </message>
    <message>
        <source>Course saved; members see it.</source>
        <translation>课程已保存，成员可以看到。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Section added.</source>
        <translation>已添加章节。</translation>
    </message>
    <message>
        <source>Section renamed.</source>
        <translation>章节已重命名。</translation>
    </message>
    <message>
        <source>Section deleted.</source>
        <translation>章节已删除。</translation>
    </message>
    <message>
        <source>Lesson added.</source>
        <translation>已添加课时。</translation>
    </message>
    <message>
        <source>Lesson saved.</source>
        <translation>课时已保存。</translation>
    </message>
    <message>
        <source>Lesson deleted.</source>
        <translation>课时已删除。</translation>
    </message>
    <message>
        <source>New order saved.</source>
        <translation>新顺序已保存。</translation>
    </message>
    <message>
        <source>Cover picture removed.</source>
        <translation>封面图片已移除。</translation>
    </message>
    <message>
        <source>Cover picture saved.</source>
        <translation>封面图片已保存。</translation>
    </message>
    <message>
        <source>You are offline: the cover can be changed once you are back.</source>
        <translation>你已离线：恢复连接后才能更换封面。</translation>
    </message>
</context>
<context>
    <name>guild::app::CourseService</name>
    <message>
        <source>You are offline and this course is not downloaded.</source>
        <translation>你已离线，且这门课程尚未下载。</translation>
    </message>
    <message>
        <source>You are offline and this lesson is not downloaded.</source>
        <translation>你已离线，且这节课尚未下载。</translation>
    </message>
    <message>
        <source>This video is not downloaded, and you are offline.</source>
        <translation>这个视频尚未下载，而你已离线。</translation>
    </message>
    <message>
        <source>Saved. Your answers are graded when Guild is back online.</source>
        <translation>已保存。恢复联网后会批改你的答案。</translation>
    </message>
    <message>
        <source>Saved. Your homework is handed in when Guild is back online.</source>
        <translation>已保存。恢复联网后会提交你的作业。</translation>
    </message>
</context>
<context>
    <name>guild::app::DashboardService</name>
    <message>
        <source>The dashboard needs a connection to the server.</source>
        <translation>仪表盘需要连接服务器。</translation>
    </message>
    <message>
        <source>Your activity needs a connection to the server.</source>
        <translation>查看你的活跃记录需要连接服务器。</translation>
    </message>
</context>
<context>
    <name>guild::app::DiscussionService</name>
    <message>
        <source>You are offline: comments are loaded from the server.</source>
        <translation>你已离线：评论需要从服务器加载。</translation>
    </message>
    <message>
        <source>A comment is 1 to %1 characters long.</source>
        <translation>评论长度须为 1 到 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>guild::app::DownloadService</name>
    <message>
        <source>Cannot write the download to disk.</source>
        <translation>无法把下载内容写入磁盘。</translation>
    </message>
    <message>
        <source>Cannot finish the download on disk.</source>
        <translation>无法在磁盘上完成下载。</translation>
    </message>
</context>
<context>
    <name>guild::app::ErrorMessages</name>
    <message>
        <source>The server could not read what Guild sent. Guild may need an update.</source>
        <translation>服务器无法读取 Guild 发送的内容，Guild 可能需要更新。</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>This account has been banned from the community.</source>
        <translation>该账号已被社区封禁。</translation>
    </message>
    <message>
        <source>Something you entered is not accepted. Check it and try again.</source>
        <translation>输入的内容有不被接受的地方，请检查后重试。</translation>
    </message>
    <message>
        <source>The text holds characters that are not valid. Check it.</source>
        <translation>文本中含有无效字符，请检查。</translation>
    </message>
    <message>
        <source>The list changed on the server. Load it again.</source>
        <translation>服务器上的列表已变化，请重新加载。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>你没有权限执行此操作。</translation>
    </message>
    <message>
        <source>This needs a higher membership tier.</source>
        <translation>需要更高的会员等级。</translation>
    </message>
    <message>
        <source>This course has to be bought first.</source>
        <translation>需要先购买这门课程。</translation>
    </message>
    <message>
        <source>The download could not go on from where it stopped. Start it again.</source>
        <translation>下载无法从中断处继续，请重新开始。</translation>
    </message>
    <message>
        <source>The payment provider&apos;s message could not be verified.</source>
        <translation>无法验证支付服务商发来的消息。</translation>
    </message>
    <message>
        <source>The payment provider&apos;s message came too late.</source>
        <translation>支付服务商发来的消息已过期。</translation>
    </message>
    <message>
        <source>This code does not work: it is wrong, used already, or too old. Ask for a new one.</source>
        <translation>该验证码无效：可能有误、已使用或已过期，请重新获取。</translation>
    </message>
    <message>
        <source>There is no such code.</source>
        <translation>没有这个兑换码。</translation>
    </message>
    <message>
        <source>This code has expired.</source>
        <translation>该兑换码已过期。</translation>
    </message>
    <message>
        <source>This code has been used up.</source>
        <translation>该兑换码已被用完。</translation>
    </message>
    <message>
        <source>You have redeemed this code already.</source>
        <translation>你已经兑换过这个兑换码。</translation>
    </message>
    <message>
        <source>You have checked in today already.</source>
        <translation>你今天已经打过卡了。</translation>
    </message>
    <message>
        <source>You do not have enough points.</source>
        <translation>你的积分不足。</translation>
    </message>
    <message>
        <source>An answer to this question was accepted already.</source>
        <translation>这个问题已经采纳了回答。</translation>
    </message>
    <message>
        <source>This event is full.</source>
        <translation>该活动名额已满。</translation>
    </message>
    <message>
        <source>You have used your free trial already.</source>
        <translation>你已经用过免费试用。</translation>
    </message>
    <message>
        <source>This tier is no longer offered.</source>
        <translation>该会员等级已停售。</translation>
    </message>
    <message>
        <source>The upload got out of step with the server. Try again.</source>
        <translation>上传与服务器不同步，请重试。</translation>
    </message>
    <message>
        <source>The video arrived different from the file sent. Upload it again.</source>
        <translation>服务器收到的视频与发送的文件不一致，请重新上传。</translation>
    </message>
    <message>
        <source>This poll is closed.</source>
        <translation>该投票已结束。</translation>
    </message>
    <message>
        <source>This community does not take payments at the moment.</source>
        <translation>该社区目前不接受付款。</translation>
    </message>
    <message>
        <source>This community does not send email. Ask one of its admins for a reset code.</source>
        <translation>本社区不发送邮件，请联系管理员获取重置码。</translation>
    </message>
    <message>
        <source>It is no longer there.</source>
        <translation>该内容已不存在。</translation>
    </message>
    <message>
        <source>That username is taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>That email address is in use already.</source>
        <translation>该邮箱地址已被使用。</translation>
    </message>
    <message>
        <source>This was changed in the meantime. Load it again and retry.</source>
        <translation>内容已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>Your earlier attempt is still being handled. Try again in a moment.</source>
        <translation>你之前的请求仍在处理中，请稍后再试。</translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>内容过大，无法发送。</translation>
    </message>
    <message>
        <source>The server does not take this kind of file.</source>
        <translation>服务器不接受这种类型的文件。</translation>
    </message>
    <message>
        <source>This server needs a newer Guild.</source>
        <translation>该服务器需要更新版本的 Guild。</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>尝试次数过多，请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>服务器繁忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Try again later.</source>
        <translation>服务器出现问题（%1），请稍后再试。</translation>
    </message>
    <message>
        <source>This message is too long.</source>
        <translation>消息过长。</translation>
    </message>
    <message>
        <source>That channel does not exist, or is not open to you.</source>
        <translation>该频道不存在，或你无权进入。</translation>
    </message>
    <message>
        <source>No other member has that username.</source>
        <translation>没有其他成员使用这个用户名。</translation>
    </message>
    <message>
        <source>That message no longer exists.</source>
        <translation>这条消息已不存在。</translation>
    </message>
    <message>
        <source>You can&apos;t change that message.</source>
        <translation>你不能修改这条消息。</translation>
    </message>
    <message>
        <source>Your membership doesn&apos;t include this channel.</source>
        <translation>你的会员等级不包含这个频道。</translation>
    </message>
    <message>
        <source>Slow down a little: too many changes at once.</source>
        <translation>慢一点：一次修改太多了。</translation>
    </message>
    <message>
        <source>The connection fell behind and starts again.</source>
        <translation>连接跟不上消息，正在重新开始。</translation>
    </message>
    <message>
        <source>The chat server had a problem. Try again later.</source>
        <translation>聊天服务器出现问题，请稍后再试。</translation>
    </message>
    <message>
        <source>The request failed (%1).</source>
        <translation>请求失败（%1）。</translation>
    </message>
    <message>
        <source>The chat server refused this (%1).</source>
        <translation>聊天服务器拒绝了此操作（%1）。</translation>
    </message>
</context>
<context>
    <name>guild::app::FeedService</name>
    <message>
        <source>You are offline and this article has not been downloaded yet.</source>
        <translation>当前处于离线状态，这篇文章尚未下载。</translation>
    </message>
    <message>
        <source>You are offline: promoting a thread needs the server.</source>
        <translation>你已离线：把讨论串转为文章需要连接服务器。</translation>
    </message>
</context>
<context>
    <name>guild::app::ImageUploader</name>
    <message>
        <source>%1 is not a picture Guild can read.</source>
        <translation>%1 不是 Guild 能读取的图片。</translation>
    </message>
    <message>
        <source>%1 is too large even when made smaller.</source>
        <translation>%1 即使缩小后仍然太大。</translation>
    </message>
    <message>
        <source>Could not send the picture: you are offline.</source>
        <translation>无法发送图片：你处于离线状态。</translation>
    </message>
</context>
<context>
    <name>guild::app::LocalCache</name>
    <message>
        <source>Cannot open the offline cache: %1</source>
        <translation>无法打开离线缓存：%1</translation>
    </message>
    <message>
        <source>Cannot prepare the offline cache: %1</source>
        <translation>无法准备离线缓存：%1</translation>
    </message>
</context>
<context>
    <name>guild::app::ProfileService</name>
    <message>
        <source>You are offline: the password can be changed once you are back.</source>
        <translation>当前处于离线状态：恢复连接后才能修改密码。</translation>
    </message>
    <message>
        <source>Password changed. Your other devices were signed out.</source>
        <translation>密码已修改，你的其他设备已退出登录。</translation>
    </message>
    <message>
        <source>You are offline: your name can be changed once you are back.</source>
        <translation>当前处于离线状态：恢复连接后才能修改名称。</translation>
    </message>
    <message>
        <source>Your name is now %1.</source>
        <translation>你的名称已改为 %1。</translation>
    </message>
    <message>
        <source>You are offline: signed-in devices show once you are back.</source>
        <translation>当前处于离线状态：恢复连接后才能查看已登录的设备。</translation>
    </message>
    <message>
        <source>That device is signed out.</source>
        <translation>该设备已退出登录。</translation>
    </message>
    <message>
        <source>You are offline: your picture can be changed once you are back.</source>
        <translation>当前离线：恢复连接后才能更换头像。</translation>
    </message>
    <message>
        <source>Your picture is removed.</source>
        <translation>头像已移除。</translation>
    </message>
    <message>
        <source>Your picture is saved.</source>
        <translation>头像已保存。</translation>
    </message>
</context>
<context>
    <name>guild::app::PublishingService</name>
    <message>
        <source>You are offline: publishing needs the server. Your text is still in the editor.</source>
        <translation>你已离线：发布需要连接服务器。你的内容仍保留在编辑器中。</translation>
    </message>
    <message>
        <source>The poll&apos;s results need a connection.</source>
        <translation>投票结果需要联网才能查看。</translation>
    </message>
    <message>
        <source>You are offline: changes need the server. Your text is still in the editor.</source>
        <translation>当前离线：修改需要连接服务器。你的内容仍在编辑器中。</translation>
    </message>
    <message>
        <source>You are offline: deleting needs the server.</source>
        <translation>当前离线：删除需要连接服务器。</translation>
    </message>
</context>
<context>
    <name>guild::app::ReportService</name>
    <message>
        <source>Reported. Thank you: the moderators will look at it.</source>
        <translation>已举报，谢谢！版主会尽快处理。</translation>
    </message>
</context>
<context>
    <name>guild::app::SavedService</name>
    <message>
        <source>Notes and highlights</source>
        <translation>笔记与划线</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Could not write the file.</source>
        <translation>无法写入文件。</translation>
    </message>
</context>
<context>
    <name>guild::app::Session</name>
    <message>
        <source>The system keychain is not available (%1). You will need to sign in each time Guild starts.</source>
        <translation>系统钥匙串不可用（%1）。每次启动 Guild 都需要重新登录。</translation>
    </message>
</context>
<context>
    <name>guild::app::SyncService</name>
    <message>
        <source>Could not write to the offline cache.</source>
        <translation>无法写入离线缓存。</translation>
    </message>
    <message>
        <source>The disk is full, so Guild could not save what it fetched. Free some space and sync again; everything already saved stays readable.</source>
        <translation>磁盘已满，Guild 无法保存刚获取的内容。请释放一些空间后再同步；已保存的内容仍可正常阅读。</translation>
    </message>
</context>
<context>
    <name>guild::app::VideoUploader</name>
    <message>
        <source>Choose an MP4 or WebM video of at most %1 GB.</source>
        <translation>请选择不超过 %1 GB 的 MP4 或 WebM 视频。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The video file changed or went away while it was being sent.</source>
        <translation>上传过程中视频文件被修改或移走了。</translation>
    </message>
    <message>
        <source>Video uploaded and checked: the lesson plays it.</source>
        <translation>视频已上传并校验通过，课时可以播放了。</translation>
    </message>
    <message>
        <source>The upload stopped: %1</source>
        <translation>上传已停止：%1</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>已取消上传。</translation>
    </message>
</context>
<context>
    <name>guild::models::ArticleFeedModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1, by %2, %3, locked</source>
        <translation>%1，%2 著，%3，已锁定</translation>
    </message>
    <message>
        <source>%1, by %2, %3</source>
        <translation>%1，%2 著，%3</translation>
    </message>
</context>
<context>
    <name>guild::models::ChatMessageModel</name>
    <message>
        <source>%1 deleted a message, %2</source>
        <translation>%1 删除了一条消息，%2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>guild::models::CohortTableModel</name>
    <message numerus="yes">
        <source>Joined the week of %1 (%n member(s)): %2% active in week %3</source>
        <translation>
            <numerusform>%1 当周加入（%n 人）：第 %3 周活跃 %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>guild::models::ContentTableModel</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>阅读时长</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>读完</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>阅读次数</translation>
    </message>
</context>
<context>
    <name>guild::models::CourseOutlineModel</name>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>text</source>
        <translation>图文</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no video yet</source>
        <translation>尚无视频</translation>
    </message>
    <message>
        <source>%1 · free preview</source>
        <translation>%1 · 免费试看</translation>
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
        <translation>“%1”——%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>笔记：%1</translation>
    </message>
</context>
<context>
    <name>guild::ui</name>
    <message>
        <source>Certificate of completion</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation>已完成课程</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书编号 %1</translation>
    </message>
    <message>
        <source>Verify at %1</source>
        <translation>验证地址：%1</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>for members</source>
        <translation>会员可读</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>send a message</source>
        <translation>发消息</translation>
    </message>
</context>
<context>
    <name>guild::ui::AccountPage</name>
    <message>
        <source>The new password is not the same twice.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>A new password needs 8 characters or more. Your other devices will be signed out.</source>
        <translation>新密码至少需要 8 个字符。你的其他设备将退出登录。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signed-in devices</source>
        <translation>已登录的设备</translation>
    </message>
    <message>
        <source>How others see you</source>
        <translation>别人看到的名字</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Sign out the selected device</source>
        <translation>让所选设备退出登录</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>在所有设备上退出登录</translation>
    </message>
    <message>
        <source>Your signed-in devices are listed here.</source>
        <translation>这里会列出你已登录的设备。</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>选择头像</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>无头像</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择头像…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>This file is not a picture Guild can read.</source>
        <translation>无法读取这个图片文件。</translation>
    </message>
    <message>
        <source>Your name and picture</source>
        <translation>你的名字和头像</translation>
    </message>
</context>
<context>
    <name>guild::ui::ActivityChart</name>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>Activity A = αP + βC + γB</source>
        <translation>活跃度 A = αP + βC + γB</translation>
    </message>
    <message>
        <source>αP participation</source>
        <translation>αP 参与度</translation>
    </message>
    <message>
        <source>βC content quality</source>
        <translation>βC 内容质量</translation>
    </message>
    <message>
        <source>γB monetisation</source>
        <translation>γB 商业化</translation>
    </message>
    <message>
        <source>%1
%2: %3
A: %4</source>
        <translation>%1
%2：%3
A：%4</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>QDate format: a day on the chart&apos;s axis</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>QDate format: a month on the chart&apos;s axis</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>guild::ui::AdminPanel</name>
    <message>
        <source>Export members</source>
        <translation>导出成员</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Members exported to %1.</source>
        <translation>成员已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Homework to review</source>
        <translation>待批改作业</translation>
    </message>
    <message>
        <source>Search members by name</source>
        <translation>按名字搜索成员</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设置等级</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <source>Your answer to the selected feedback</source>
        <translation>对所选反馈的回复</translation>
    </message>
    <message>
        <source>Comment for the member</source>
        <translation>给成员的评语</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Ask to revise</source>
        <translation>要求修改</translation>
    </message>
    <message>
        <source>No feedback from members yet.</source>
        <translation>成员还没有提交反馈。</translation>
    </message>
    <message>
        <source>No homework is waiting for review.</source>
        <translation>没有待批改的作业。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Ban a member</source>
        <translation>封禁成员</translation>
    </message>
    <message>
        <source>For good</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Shown to the member when they try to sign in</source>
        <translation>成员登录时会看到这条原因</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Ban and sign out</source>
        <translation>封禁并退出登录</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>封禁…</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>解除封禁</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Every ban, role change and account action will be listed here.</source>
        <translation>每一次封禁、角色变更和账号操作都会列在这里。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Also hide everything they wrote (comments, Q&amp;A, chat messages)</source>
        <translation>同时隐藏其发布的全部内容（评论、问答、聊天消息）</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Reset code</source>
        <translation>重置码</translation>
    </message>
    <message>
        <source>Reset code…</source>
        <translation>重置码…</translation>
    </message>
    <message>
        <source>A one-time code for a member who forgot their password</source>
        <translation>为忘记密码的成员生成一次性重置码</translation>
    </message>
    <message>
        <source>Give the member this code. In the sign-in window they choose “Forgot your password?” and type it with a new password. It works once, until %1.</source>
        <translation>把这个重置码交给该成员：在登录窗口选择“忘记密码？”，输入重置码和新密码。仅可使用一次，有效期至 %1。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>兑换码</translation>
    </message>
    <message>
        <source>Running the community</source>
        <translation>社区管理</translation>
    </message>
    <message>
        <source>Days of the tier</source>
        <translation>等级天数</translation>
    </message>
    <message>
        <source>The homework</source>
        <translation>作业内容</translation>
    </message>
</context>
<context>
    <name>guild::ui::AnswerListModel</name>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>✓ Accepted</source>
        <translation>✓ 已采纳</translation>
    </message>
    <message>
        <source>in the digest</source>
        <translation>已加精</translation>
    </message>
    <message>
        <source>%1 · score %L2</source>
        <translation>%1 · 得分 %L2</translation>
    </message>
</context>
<context>
    <name>guild::ui::ArticleComposer</name>
    <message>
        <source>In the digest (精华)</source>
        <translation>加入精华</translation>
    </message>
    <message>
        <source>Pinned to the top of the feed</source>
        <translation>在动态顶部置顶</translation>
    </message>
    <message>
        <source>Publish later, at</source>
        <translation>定时发布，时间</translation>
    </message>
    <message>
        <source>Add a poll</source>
        <translation>添加投票</translation>
    </message>
    <message>
        <source>Members may pick several options</source>
        <translation>允许成员多选</translation>
    </message>
    <message>
        <source>Voting closes at</source>
        <translation>投票截止时间</translation>
    </message>
    <message>
        <source>Write a post</source>
        <translation>写文章</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Tags, separated by commas: cpp, qt</source>
        <translation>标签，用逗号分隔：cpp, qt</translation>
    </message>
    <message>
        <source>Write in Markdown. Code goes in ``` fences.</source>
        <translation>使用 Markdown 书写。代码请放在 ``` 代码块中。</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>One option per line (2 to 10)</source>
        <translation>每行一个选项（2 到 10 个）</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Who can read it:</source>
        <translation>阅读权限：</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>等待发布：</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Give the post a title.</source>
        <translation>请为文章填写标题。</translation>
    </message>
    <message>
        <source>Write something in the post.</source>
        <translation>请填写文章内容。</translation>
    </message>
    <message>
        <source>Choose a time in the future to publish at.</source>
        <translation>请选择一个将来的发布时间。</translation>
    </message>
    <message>
        <source>Ask the poll&apos;s question.</source>
        <translation>请填写投票的问题。</translation>
    </message>
    <message>
        <source>A poll needs 2 to 10 different options, one per line.</source>
        <translation>投票需要 2 到 10 个不同的选项，每行一个。</translation>
    </message>
    <message>
        <source>Choose a time in the future for the poll to close.</source>
        <translation>请选择一个将来的投票截止时间。</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <source>Delete “%1” with its comments and likes? This cannot be undone.</source>
        <translation>删除“%1”及其评论和点赞？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Insert picture…</source>
        <translation>插入图片…</translation>
    </message>
</context>
<context>
    <name>guild::ui::ArticleDelegate</name>
    <message>
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>精华</translation>
    </message>
</context>
<context>
    <name>guild::ui::ArticleView</name>
    <message>
        <source>Upgrade…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章开始阅读。</translation>
    </message>
    <message>
        <source>This article is for %1 members. Upgrade your membership to read it.</source>
        <translation>本文仅对%1开放。升级会员即可阅读。</translation>
    </message>
    <message>
        <source>Like this article</source>
        <translation>为这篇文章点赞</translation>
    </message>
    <message>
        <source>Show or hide the comments</source>
        <translation>显示或隐藏评论</translation>
    </message>
    <message>
        <source>♥ Liked · %L1</source>
        <translation>♥ 已赞 · %L1</translation>
    </message>
    <message>
        <source>♡ Like · %L1</source>
        <translation>♡ 点赞 · %L1</translation>
    </message>
    <message>
        <source>Comments · %L1</source>
        <translation>评论 · %L1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Change or delete this article (its author and admins)</source>
        <translation>修改或删除这篇文章（作者和管理员）</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Go to a section of this article</source>
        <translation>跳到本文的某一节</translation>
    </message>
</context>
<context>
    <name>guild::ui::AuditLogModel</name>
    <message>
        <source>created the account of</source>
        <translation>创建了账号</translation>
    </message>
    <message>
        <source>changed the role of</source>
        <translation>更改了角色：</translation>
    </message>
    <message>
        <source>reset the password of</source>
        <translation>重置了密码：</translation>
    </message>
    <message>
        <source>signed out everywhere</source>
        <translation>在所有设备上退出登录：</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>lifted the ban of</source>
        <translation>解除了封禁：</translation>
    </message>
    <message>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <source>made the channel</source>
        <translation>创建了频道</translation>
    </message>
    <message>
        <source>changed the channel</source>
        <translation>修改了频道</translation>
    </message>
    <message>
        <source>archived the channel</source>
        <translation>归档了频道</translation>
    </message>
    <message>
        <source>changed the tier</source>
        <translation>修改了会员等级</translation>
    </message>
    <message>
        <source>started</source>
        <translation>创建了</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改了</translation>
    </message>
    <message>
        <source>added a section to</source>
        <translation>添加了章节到</translation>
    </message>
    <message>
        <source>renamed a section of</source>
        <translation>重命名了章节于</translation>
    </message>
    <message>
        <source>deleted a section of</source>
        <translation>删除了章节于</translation>
    </message>
    <message>
        <source>added a lesson to</source>
        <translation>添加了课时到</translation>
    </message>
    <message>
        <source>changed a lesson of</source>
        <translation>修改了课时于</translation>
    </message>
    <message>
        <source>deleted a lesson of</source>
        <translation>删除了课时于</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>调整了顺序</translation>
    </message>
    <message>
        <source>uploaded the video of</source>
        <translation>上传了视频到</translation>
    </message>
    <message>
        <source>hid the comment</source>
        <translation>隐藏了评论</translation>
    </message>
    <message>
        <source>hid the answer</source>
        <translation>隐藏了回答</translation>
    </message>
    <message>
        <source>hid the question</source>
        <translation>隐藏了问题</translation>
    </message>
    <message>
        <source>deleted the chat message</source>
        <translation>删除了聊天消息</translation>
    </message>
    <message>
        <source>hid everything written by</source>
        <translation>隐藏了全部内容，作者</translation>
    </message>
    <message>
        <source>dismissed the report on</source>
        <translation>驳回了举报</translation>
    </message>
    <message>
        <source>made the code ending in</source>
        <translation>创建了兑换码，尾号</translation>
    </message>
    <message>
        <source>issued a password reset code for</source>
        <translation>签发了密码重置码给</translation>
    </message>
</context>
<context>
    <name>guild::ui::ChannelAdminModel</name>
    <message>
        <source>for %1 members</source>
        <translation>%1专享</translation>
    </message>
</context>
<context>
    <name>guild::ui::ChannelsPage</name>
    <message>
        <source>Name: one word, like &apos;general&apos; or &apos;求职&apos;</source>
        <translation>名称：一个词，例如 'general' 或 '求职'</translation>
    </message>
    <message>
        <source>Topic: what the channel is for</source>
        <translation>主题：这个频道用来做什么</translation>
    </message>
    <message>
        <source>Open to: %1</source>
        <translation>开放给：%1</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新建频道</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>No channels yet: make the first one below, and members see it at once.</source>
        <translation>还没有频道：在下方创建第一个，成员会立即看到。</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>频道名称</translation>
    </message>
    <message>
        <source>Channel topic</source>
        <translation>频道主题</translation>
    </message>
</context>
<context>
    <name>guild::ui::ChatPanel</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Offline: messages will be sent when the connection is back</source>
        <translation>离线：连接恢复后将自动发送消息</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%1 · %n 条消息等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Write a message. Enter sends, Shift+Enter adds a line.</source>
        <translation>输入消息。按 Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 正在输入…</translation>
    </message>
    <message>
        <source>%1 and %2 are typing…</source>
        <translation>%1 和 %2 正在输入…</translation>
    </message>
    <message>
        <source>Several people are typing…</source>
        <translation>多人正在输入…</translation>
    </message>
    <message>
        <source>Search messages (works offline)</source>
        <translation>搜索消息（离线可用）</translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation>通知我</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>所有消息</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>仅 @提及</translation>
    </message>
    <message>
        <source>Nothing (mute)</source>
        <translation>不通知（静音）</translation>
    </message>
    <message>
        <source>Replying to %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>私信</translation>
    </message>
    <message>
        <source>Username of the member to write to:</source>
        <translation>要私信的成员用户名：</translation>
    </message>
    <message>
        <source>+ Direct message…</source>
        <translation>+ 发私信…</translation>
    </message>
    <message>
        <source>Reactions need a connection.</source>
        <translation>表情回应需要网络连接。</translation>
    </message>
    <message>
        <source>Editing your message · Enter saves, Esc cancels</source>
        <translation>正在编辑你的消息 · Enter 保存，Esc 取消</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>消息不能为空。</translation>
    </message>
    <message>
        <source>Edits need a connection.</source>
        <translation>编辑消息需要网络连接。</translation>
    </message>
    <message>
        <source>Your membership no longer includes #%1; it has left your list.</source>
        <translation>您的会员等级已不再包含 #%1，该频道已从列表中移除。</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>找到的消息</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>还没有消息</translation>
    </message>
    <message>
        <source>Say hello: what you write here reaches everyone in this conversation, and stays readable offline.</source>
        <translation>打个招呼吧：你在这里写的内容会送达这个对话中的每个人，离线时也能阅读。</translation>
    </message>
    <message>
        <source>Write the first message</source>
        <translation>写下第一条消息</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>还没有频道</translation>
    </message>
    <message>
        <source>The community&apos;s channels appear here as they open. A direct message reaches one member.</source>
        <translation>社区开设的频道会出现在这里。私信只发给一位成员。</translation>
    </message>
    <message>
        <source>Message a member…</source>
        <translation>私信一位成员…</translation>
    </message>
</context>
<context>
    <name>guild::ui::CodeListModel</name>
    <message numerus="yes">
        <source>%n day(s) of %1</source>
        <translation>
            <numerusform>%1 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% off %2</source>
        <translation>%2 %1% 折扣</translation>
    </message>
    <message>
        <source>…%1 · %2 · used %3 of %4</source>
        <translation>…%1 · %2 · 已用 %3/%4</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>创建者 %1</translation>
    </message>
</context>
<context>
    <name>guild::ui::CodesPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>% off</source>
        <translation>% 折扣</translation>
    </message>
    <message>
        <source>Redeem code: free days</source>
        <translation>兑换码：免费天数</translation>
    </message>
    <message>
        <source>Coupon: percent off a checkout</source>
        <translation>优惠券：结账折扣</translation>
    </message>
    <message>
        <source> use(s)</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Make code</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>The new code shows here once: copy it, the server keeps only a hash</source>
        <translation>新码只显示这一次：请复制保存，服务器只保存其哈希</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>No codes yet. Redeem codes give free days of a tier; coupons take a percentage off a checkout.</source>
        <translation>还没有兑换码。兑换码赠送某个等级的免费天数；优惠券在结账时打折。</translation>
    </message>
    <message>
        <source>Free days</source>
        <translation>免费天数</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣百分比</translation>
    </message>
    <message>
        <source>How many uses</source>
        <translation>可用次数</translation>
    </message>
    <message>
        <source>The new code</source>
        <translation>新生成的码</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>兑换码</translation>
    </message>
</context>
<context>
    <name>guild::ui::CommentsView</name>
    <message>
        <source>Show more comments</source>
        <translation>显示更多评论</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>发送评论（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Write a comment… Markdown and code blocks work.</source>
        <translation>写下评论…… 支持 Markdown 和代码块。</translation>
    </message>
    <message>
        <source>Loading comments…</source>
        <translation>正在加载评论…</translation>
    </message>
    <message>
        <source>No comments yet. Say what you think.</source>
        <translation>还没有评论，说说你的看法吧。</translation>
    </message>
    <message numerus="yes">
        <source>This comment is %n character(s) too long.</source>
        <translation>
            <numerusform>评论超出 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1 (right-click to send again or discard)</source>
        <translation>未发送：%1（右键可重新发送或丢弃）</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Waiting to be sent…</source>
        <translation>等待发送…</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
</context>
<context>
    <name>guild::ui::CommunityPanel</name>
    <message>
        <source>Ask a question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>username (optional)</source>
        <translation>用户名（可选）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Details (Markdown, code welcome)</source>
        <translation>详细描述（支持 Markdown 和代码）</translation>
    </message>
    <message>
        <source>Ask an expert</source>
        <translation>向专家提问</translation>
    </message>
    <message>
        <source>Bounty (points)</source>
        <translation>悬赏（积分）</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>提问者：%1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>向 %1 提问</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Ask a question…</source>
        <translation>提问…</translation>
    </message>
    <message>
        <source>Accept this answer</source>
        <translation>采纳这个回答</translation>
    </message>
    <message>
        <source>Vote up</source>
        <translation>赞同</translation>
    </message>
    <message>
        <source>Vote down</source>
        <translation>反对</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Your answer (Markdown; code keeps its layout)</source>
        <translation>你的回答（Markdown；代码保持原样排版）</translation>
    </message>
    <message>
        <source>Give my seat back</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>I&apos;m going</source>
        <translation>我要参加</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Bug report</source>
        <translation>问题报告</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Tell the admins what happened or what you would like.</source>
        <translation>告诉管理员发生了什么，或者你希望有什么。</translation>
    </message>
    <message>
        <source>Send feedback</source>
        <translation>发送反馈</translation>
    </message>
    <message>
        <source>This question and its answers are for %1 members. Upgrade in the Membership panel to read them and to join in.</source>
        <translation>这个问题及其回答仅对%1开放。在“会员”面板升级后即可阅读并参与讨论。</translation>
    </message>
    <message>
        <source>Report question…</source>
        <translation>举报问题…</translation>
    </message>
    <message>
        <source>Report answer…</source>
        <translation>举报回答…</translation>
    </message>
    <message>
        <source>Schedule event…</source>
        <translation>安排活动…</translation>
    </message>
    <message>
        <source>Change event…</source>
        <translation>修改活动…</translation>
    </message>
    <message>
        <source>Take out of the digest</source>
        <translation>移出精华</translation>
    </message>
    <message>
        <source>Put in the digest</source>
        <translation>加入精华</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>即将举行的活动</translation>
    </message>
    <message>
        <source>Past events</source>
        <translation>往期活动</translation>
    </message>
    <message>
        <source>You · waiting to be sent</source>
        <translation>你 · 等待发送</translation>
    </message>
    <message>
        <source>You · not sent: %1 (the status bar&apos;s list can send it again)</source>
        <translation>你 · 未发送：%1（可在状态栏的列表中重新发送）</translation>
    </message>
    <message>
        <source>Bookmark answer</source>
        <translation>收藏这个回答</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <source>Q&amp;A, events and feedback</source>
        <translation>问答、活动与反馈</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>问题正文</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Your feedback and its answers</source>
        <translation>你的反馈及回复</translation>
    </message>
    <message>
        <source>Feedback to the admins</source>
        <translation>给管理员的反馈</translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation>还没有问题</translation>
    </message>
    <message>
        <source>Ask what you are stuck on: members and experts answer, and the answer that helped is marked for everyone who comes later.</source>
        <translation>把卡住你的问题问出来：成员和专家会回答，有帮助的回答会被标记出来，方便后来的人。</translation>
    </message>
    <message>
        <source>Ask the first question</source>
        <translation>提出第一个问题</translation>
    </message>
    <message>
        <source>No events here</source>
        <translation>这里还没有活动</translation>
    </message>
    <message>
        <source>Live sessions, office hours and meetups appear here, in your own time zone; you reserve a seat with one click.</source>
        <translation>直播、答疑时间和线下聚会会出现在这里，按你所在的时区显示；一键即可报名。</translation>
    </message>
    <message>
        <source>Create the first event</source>
        <translation>创建第一个活动</translation>
    </message>
    <message>
        <source>Insert picture…</source>
        <translation>插入图片…</translation>
    </message>
    <message>
        <source>bounty %L1 points</source>
        <translation>悬赏 %L1 积分</translation>
    </message>
</context>
<context>
    <name>guild::ui::CommunitySwitcher</name>
    <message numerus="yes">
        <source>%1 (%2)
%n unread message(s)</source>
        <translation>
            <numerusform>%1（%2）
%n 条未读消息</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add a community: sign in to another server, or as someone else</source>
        <translation>添加社区：登录另一个服务器，或以其他身份登录</translation>
    </message>
</context>
<context>
    <name>guild::ui::ContentPictures</name>
    <message>
        <source>[Picture at %1, not loaded]</source>
        <translation>[位于 %1 的图片，未加载]</translation>
    </message>
    <message>
        <source>[Picture not shown]</source>
        <translation>[图片未显示]</translation>
    </message>
</context>
<context>
    <name>guild::ui::CopyCode</name>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>代码块 %1：%2</translation>
    </message>
</context>
<context>
    <name>guild::ui::CourseEditor</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <source>Title of the course:</source>
        <translation>课程标题：</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <source>Connection lost: resuming when the server answers…</source>
        <translation>连接中断：服务器恢复后自动续传…</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新章节</translation>
    </message>
    <message>
        <source>Title of the section:</source>
        <translation>章节标题：</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>新课时</translation>
    </message>
    <message>
        <source>Title of the lesson:</source>
        <translation>课时标题：</translation>
    </message>
    <message>
        <source>Delete the section “%1”? Only an empty section can go.</source>
        <translation>删除章节“%1”？只能删除空章节。</translation>
    </message>
    <message>
        <source>Delete the lesson “%1” with everyone&apos;s progress on it?</source>
        <translation>删除课时“%1”及所有人在该课时的学习进度？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>新建课程…</translation>
    </message>
    <message>
        <source>Add section…</source>
        <translation>添加章节…</translation>
    </message>
    <message>
        <source>Add lesson…</source>
        <translation>添加课时…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Save section</source>
        <translation>保存章节</translation>
    </message>
    <message>
        <source>Title of the section</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <source>Drag sections and lessons to reorder them; a lesson can move to another section.</source>
        <translation>拖动章节和课时来调整顺序；课时可以移到其他章节。</translation>
    </message>
    <message>
        <source>Start a course with “New course…”: it stays a draft, seen by you and admins, until you publish it.</source>
        <translation>点击“新建课程…”开始：发布前它是草稿，只有你和管理员可见。</translation>
    </message>
    <message>
        <source>This file is not a picture Guild can read, or too large even made small.</source>
        <translation>这个文件不是 Guild 能读取的图片，或者缩小后仍然太大。</translation>
    </message>
</context>
<context>
    <name>guild::ui::CourseForm</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>开放给</translation>
    </message>
    <message>
        <source>Also sold alone for</source>
        <translation>单独售价</translation>
    </message>
    <message>
        <source>Cover colour</source>
        <translation>封面颜色</translation>
    </message>
    <message>
        <source>not sold alone</source>
        <translation>不单独出售</translation>
    </message>
    <message>
        <source>What members learn, for whom, and what they need before</source>
        <translation>成员能学到什么、适合谁、需要哪些基础</translation>
    </message>
    <message>
        <source>Published: members see it (a draft is seen by you and admins only)</source>
        <translation>已发布：成员可见（草稿仅你和管理员可见）</translation>
    </message>
    <message>
        <source>Save course</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Choose a cover picture</source>
        <translation>选择封面图片</translation>
    </message>
    <message>
        <source>No picture: the tile shows the colour</source>
        <translation>没有图片：卡片显示封面颜色</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择头像…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>移除图片</translation>
    </message>
</context>
<context>
    <name>guild::ui::CoursePage</name>
    <message>
        <source>Certificate - %1.pdf</source>
        <translation>证书 - %1.pdf</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Download interrupted (%1); it carries on by itself.</source>
        <translation>下载中断（%1），稍后会自动继续。</translation>
    </message>
    <message>
        <source>%p% done</source>
        <translation>已完成 %p%</translation>
    </message>
    <message>
        <source>Download for offline use (%1)</source>
        <translation>下载以便离线学习（%1）</translation>
    </message>
    <message>
        <source>Keep for offline reading</source>
        <translation>保存以便离线阅读</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>继续下载</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>Remove download</source>
        <translation>删除下载</translation>
    </message>
    <message>
        <source>On this computer: lessons and videos work offline (%1).</source>
        <translation>已保存在本机：课程与视频可离线使用（%1）。</translation>
    </message>
    <message>
        <source>%1 of %2 downloaded%3</source>
        <translation>已下载 %1 / %2%3</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source>Certificate saved to %1.</source>
        <translation>证书已保存到 %1。</translation>
    </message>
    <message>
        <source>The certificate could not be written to %1.</source>
        <translation>无法把证书写入 %1。</translation>
    </message>
    <message>
        <source>← All courses</source>
        <translation>← 全部课程</translation>
    </message>
    <message>
        <source>sold on its own: %1</source>
        <translation>单独购买：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s) · %2</source>
        <translation>
            <numerusform>%1 · %n 节课 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>This course is sold on its own; the free previews are open to everyone.</source>
        <translation>这门课程需单独购买；免费试看对所有人开放。</translation>
    </message>
    <message>
        <source>Upgrade your membership to open every lesson; the free previews are open now.</source>
        <translation>升级会员即可学习全部课程；免费试看现在就能看。</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>从上次的位置继续</translation>
    </message>
    <message>
        <source>Start the course</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <source>Export certificate (PDF)…</source>
        <translation>导出证书（PDF）…</translation>
    </message>
    <message>
        <source>free for every member</source>
        <translation>所有成员免费</translation>
    </message>
    <message>
        <source>needs the %1 tier or higher</source>
        <translation>需要「%1」及以上等级</translation>
    </message>
    <message>
        <source>Finish the payment in your browser; the course opens here once it is paid.</source>
        <translation>请在浏览器中完成支付；支付成功后课程会在这里打开。</translation>
    </message>
    <message>
        <source>Payment received: “%1” is yours.</source>
        <translation>已收到付款：《%1》已属于你。</translation>
    </message>
    <message>
        <source>Buy this course (%1)…</source>
        <translation>购买本课程（%1）…</translation>
    </message>
    <message>
        <source>Lessons of the course</source>
        <translation>课程的课时</translation>
    </message>
</context>
<context>
    <name>guild::ui::CourseTileDelegate</name>
    <message>
        <source>Offline</source>
        <translation>离线可用</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n lesson(s)</source>
        <translation>
            <numerusform>%1 · %n 节课</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guild::ui::CoursesPanel</name>
    <message>
        <source>No courses yet. They appear here once Guild has reached the server.</source>
        <translation>还没有课程。Guild 连上服务器后，课程会显示在这里。</translation>
    </message>
    <message>
        <source>No course matches.</source>
        <translation>没有匹配的课程。</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>搜索课程</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>学习中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
</context>
<context>
    <name>guild::ui::DashboardPanel</name>
    <message>
        <source>Saved as the community&apos;s weights (version %1).</source>
        <translation>已保存为社群权重（第 %1 版）。</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>guild-activity.csv</source>
        <translation>guild-活跃度.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>guild-dashboard.png</source>
        <translation>guild-仪表盘.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>P = N × T × p × C = %1 × %2 h × %3 × %4</source>
        <translation>P = N × T × p × C = %1 × %2 小时 × %3 × %4</translation>
    </message>
    <message>
        <source>%1 finished and %2 liked of %3 reads</source>
        <translation>%3 次阅读中读完 %1 次、点赞 %2 次</translation>
    </message>
    <message>
        <source>%1 paying of %2 members</source>
        <translation>%2 名成员中 %1 名付费</translation>
    </message>
    <message>
        <source>DAU %1 / MAU %2</source>
        <translation>日活 %1 / 月活 %2</translation>
    </message>
    <message>
        <source>Revenue in the period: %1</source>
        <translation>本期收入：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>My activity</source>
        <translation>我的活跃</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Activity A</source>
        <translation>活跃度 A</translation>
    </message>
    <message>
        <source>Participation P</source>
        <translation>参与度 P</translation>
    </message>
    <message>
        <source>Content quality C</source>
        <translation>内容质量 C</translation>
    </message>
    <message>
        <source>Monetisation B</source>
        <translation>商业化 B</translation>
    </message>
    <message>
        <source>DAU / MAU</source>
        <translation>日活 / 月活</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>月经常性收入</translation>
    </message>
    <message>
        <source>Weekly retention by join week</source>
        <translation>按加入周的每周留存</translation>
    </message>
    <message>
        <source>Top content</source>
        <translation>热门内容</translation>
    </message>
    <message>
        <source>By reading time</source>
        <translation>按阅读时长</translation>
    </message>
    <message>
        <source>By completions</source>
        <translation>按读完次数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Active (30 days)</source>
        <translation>活跃（30 天）</translation>
    </message>
    <message>
        <source>Read or learned</source>
        <translation>阅读或学习过</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>付费</translation>
    </message>
    <message>
        <source>What if: weights of A = αP + βC + γB</source>
        <translation>假设分析：A = αP + βC + γB 的权重</translation>
    </message>
    <message>
        <source>α (participation)</source>
        <translation>α（参与度）</translation>
    </message>
    <message>
        <source>β (quality)</source>
        <translation>β（质量）</translation>
    </message>
    <message>
        <source>γ (monetisation)</source>
        <translation>γ（商业化）</translation>
    </message>
    <message>
        <source>Save as community weights</source>
        <translation>保存为社群权重</translation>
    </message>
    <message>
        <source>Back to saved</source>
        <translation>恢复已保存的</translation>
    </message>
    <message>
        <source>Saved weights: version %1%2</source>
        <translation>已保存的权重：第 %1 版%2</translation>
    </message>
    <message>
        <source>, set by %1 on %2</source>
        <translation>，由 %1 于 %2 设置</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, against %2</source>
        <translation>%1，对比 %2</translation>
    </message>
    <message>
        <source>The last complete period, %1, against the one before</source>
        <translation>最近一个完整周期 %1，对比上一周期</translation>
    </message>
    <message>
        <source>A = αP + βC + γB over %1</source>
        <translation>%1 的 A = αP + βC + γB</translation>
    </message>
    <message>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <source>Community figures and my activity</source>
        <translation>社区数据与我的活跃</translation>
    </message>
</context>
<context>
    <name>guild::ui::DeviceListModel</name>
    <message>
        <source>Signed in %1 · last active %2</source>
        <translation>登录于 %1 · 最近活动 %2</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
</context>
<context>
    <name>guild::ui::EventDialog</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>For %1 members</source>
        <translation>面向%1</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>参加链接</translation>
    </message>
    <message>
        <source>Open to</source>
        <translation>开放给</translation>
    </message>
</context>
<context>
    <name>guild::ui::EventListModel</name>
    <message>
        <source>%1 (%2 in %3) · %4 of %5 seats taken</source>
        <translation>%1（%3 时间 %2）· 已报名 %4 / %5</translation>
    </message>
    <message>
        <source>you are going</source>
        <translation>你已报名</translation>
    </message>
    <message>
        <source>for %1 members</source>
        <translation>%1专享</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 in %3) · %n went</source>
        <translation>
            <numerusform>%1（%3 时间 %2）· %n 人参加</numerusform>
        </translation>
    </message>
    <message>
        <source>you went</source>
        <translation>你参加了</translation>
    </message>
</context>
<context>
    <name>guild::ui::FeedPanel</name>
    <message>
        <source>No articles yet. They appear here after the first sync.</source>
        <translation>还没有文章。首次同步后将显示在这里。</translation>
    </message>
    <message>
        <source>No article matches your search.</source>
        <translation>没有符合搜索条件的文章。</translation>
    </message>
    <message>
        <source>Digest only</source>
        <translation>只看精华</translation>
    </message>
    <message>
        <source>Only the articles the authors chose for the digest (精华)</source>
        <translation>只显示作者选入精华的文章</translation>
    </message>
    <message>
        <source>Write…</source>
        <translation>写文章…</translation>
    </message>
    <message>
        <source>Write a post, now or scheduled, with an optional poll</source>
        <translation>写一篇文章，可立即或定时发布，并可附带投票</translation>
    </message>
    <message>
        <source>Report comment…</source>
        <translation>举报评论…</translation>
    </message>
    <message>
        <source>Search articles, or #tag (works offline)</source>
        <translation>搜索文章，或输入 #标签（离线可用）</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>guild::ui::ForgotPasswordDialog</name>
    <message>
        <source>Email me a code</source>
        <translation>发送验证码到邮箱</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <source>Give your username or email address: if the community can send mail, a one-time code arrives within a minute. Without mail, ask an admin for a code.</source>
        <translation>请输入用户名或邮箱：如果社区可以发送邮件，一分钟内你会收到一次性验证码；否则请向管理员索取重置码。</translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation>用户名或邮箱</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>正在请求服务器…</translation>
    </message>
    <message>
        <source>If an account with that name or address has an email address, a code is on its way. Type it below with your new password.</source>
        <translation>如果该用户名或邮箱对应的账号有邮箱地址，验证码已发出。请在下方输入验证码和新密码。</translation>
    </message>
</context>
<context>
    <name>guild::ui::HomeworkBox</name>
    <message>
        <source>Not handed in yet.</source>
        <translation>尚未提交。</translation>
    </message>
    <message>
        <source>Handed in %1 · waiting for review</source>
        <translation>提交于 %1 · 等待批改</translation>
    </message>
    <message>
        <source>Handed in %1 · passed</source>
        <translation>提交于 %1 · 已通过</translation>
    </message>
    <message>
        <source>Handed in %1 · please revise</source>
        <translation>提交于 %1 · 需要修改</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>批改意见：%1</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Your answer: text or code (kept as typed).</source>
        <translation>你的答案：文字或代码（按原样保留）。</translation>
    </message>
    <message>
        <source>Your homework</source>
        <translation>你的作业</translation>
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
        <translation>正在建立搜索索引… %1 %</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop for now; it carries on next time Guild starts. Until then some older articles and messages are not found.</source>
        <translation>暂时停止；下次启动 Guild 时继续。在此之前，部分较早的文章和消息搜索不到。</translation>
    </message>
    <message>
        <source>%L1 of %L2 cached articles and messages</source>
        <translation>已缓存的文章和消息 %L2 条中的 %L1 条</translation>
    </message>
</context>
<context>
    <name>guild::ui::KeyboardNavigation</name>
    <message>
        <source>G&amp;o</source>
        <translation>转到(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Reply to the chosen message</source>
        <translation>回复选中的消息</translation>
    </message>
    <message>
        <source>React to the chosen message…</source>
        <translation>对选中的消息添加表情…</translation>
    </message>
    <message>
        <source>Larger reading text</source>
        <translation>放大阅读文字</translation>
    </message>
    <message>
        <source>Smaller reading text</source>
        <translation>缩小阅读文字</translation>
    </message>
    <message>
        <source>Normal reading text</source>
        <translation>默认阅读文字大小</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>guild::ui::KpiTile</name>
    <message>
        <source>no earlier period</source>
        <translation>没有上一期</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2%（较上一期）</translation>
    </message>
</context>
<context>
    <name>guild::ui::LeaderboardModel</name>
    <message>
        <source>%1. %2 · %L3 points</source>
        <translation>%1. %2 · %L3 积分</translation>
    </message>
</context>
<context>
    <name>guild::ui::LessonForm</name>
    <message>
        <source>Choose the lesson&apos;s video</source>
        <translation>选择课时视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>视频 (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>视频：%1</translation>
    </message>
    <message>
        <source>No video yet.</source>
        <translation>尚无视频。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Notes under the video (Markdown)</source>
        <translation>视频下方的说明（Markdown）</translation>
    </message>
    <message>
        <source>Introduction (Markdown)</source>
        <translation>导语（Markdown）</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>正文（Markdown）</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), ready to save.</source>
        <translation>
            <numerusform>共 %n 道题，可以保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>图文</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Free preview for every member</source>
        <translation>所有成员免费试看</translation>
    </message>
    <message>
        <source>A task members hand in for review (optional)</source>
        <translation>成员提交待批改的作业（可选）</translation>
    </message>
    <message>
        <source>? The question
* a right answer
- a wrong answer
&gt; why (optional)</source>
        <translation>? 题目
* 正确选项
- 错误选项
&gt; 解析（可选）</translation>
    </message>
    <message>
        <source>Upload video…</source>
        <translation>上传视频…</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课时</translation>
    </message>
    <message>
        <source>Insert picture…</source>
        <translation>插入图片…</translation>
    </message>
</context>
<context>
    <name>guild::ui::LessonView</name>
    <message>
        <source>This lesson cannot be opened</source>
        <translation>无法打开这节课</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>已完成 ✓</translation>
    </message>
    <message>
        <source>Next lesson →</source>
        <translation>下一节 →</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>课时正文</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
</context>
<context>
    <name>guild::ui::LoginDialog</name>
    <message>
        <source>Sign in to Guild</source>
        <translation>登录 Guild</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://guild.example.org.</source>
        <translation>请输入服务器地址，例如 https://guild.example.org。</translation>
    </message>
    <message>
        <source>Use https:// for servers other than this computer: passwords must not travel unencrypted.</source>
        <translation>连接本机以外的服务器请使用 https://，密码不能以明文传输。</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Join a Guild community</source>
        <translation>加入 Guild 社区</translation>
    </message>
    <message>
        <source>New here? Create an account</source>
        <translation>第一次来？创建账号</translation>
    </message>
    <message>
        <source>Have an account? Sign in</source>
        <translation>已有账号？登录</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>正在创建账号…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>忘记密码？</translation>
    </message>
    <message>
        <source>Your password is changed: sign in with the new one.</source>
        <translation>密码已修改，请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>guild::ui::MainWindow</name>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Sync cancelled. It continues where it stopped next time.</source>
        <translation>同步已取消，下次将从中断处继续。</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Offline: showing saved articles</source>
        <translation>● 离线：显示已保存的文章</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>Guild</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>&amp;Guild</source>
        <translation>Guild(&amp;G)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 in #%2</source>
        <translation>%1 在 #%2</translation>
    </message>
    <message>
        <source>Promote thread to article</source>
        <translation>将讨论串转为文章</translation>
    </message>
    <message>
        <source>Title of the new article:</source>
        <translation>新文章的标题：</translation>
    </message>
    <message>
        <source>Published “%1” from the chat thread.</source>
        <translation>已将讨论串发布为文章《%1》。</translation>
    </message>
    <message>
        <source>This link points nowhere Guild knows.</source>
        <translation>Guild 无法识别这个链接。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>“%1” starts at %2.</source>
        <translation>《%1》将于 %2 开始。</translation>
    </message>
    <message>
        <source>Event starting soon</source>
        <translation>活动即将开始</translation>
    </message>
    <message>
        <source>Promote thread to Q&amp;A</source>
        <translation>将讨论串转为答疑问题</translation>
    </message>
    <message>
        <source>Title of the question:</source>
        <translation>问题标题：</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Scheduled “%1” for %2.</source>
        <translation>已定时发布《%1》，时间：%2。</translation>
    </message>
    <message>
        <source>Published “%1”.</source>
        <translation>已发布《%1》。</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>搜索全部(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
</context>
<context>
    <name>guild::ui::MemberTableModel</name>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <source>banned until %1</source>
        <translation>封禁至 %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>guild::ui::MembershipPanel</name>
    <message>
        <source>The payment page opened in your browser. Come back here when you have paid.</source>
        <translation>付款页面已在浏览器中打开。付款完成后请回到这里。</translation>
    </message>
    <message>
        <source>Your tier: %1</source>
        <translation>当前等级：%1</translation>
    </message>
    <message>
        <source>Ended on %1: you keep it for a few more days. Renew now to keep going.</source>
        <translation>已于 %1 到期：宽限期内仍可使用几天。现在续费即可继续。</translation>
    </message>
    <message numerus="yes">
        <source>Ends on %1 (in %n day(s)). Renew early and save 10%.</source>
        <translation>
            <numerusform>将于 %1 到期（还有 %n 天）。提前续费可省 10%。</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs until %1.</source>
        <translation>有效期至 %1。</translation>
    </message>
    <message>
        <source>Free forever: upgrade for member articles, courses and Q&amp;A.</source>
        <translation>永久免费：升级即可阅读会员文章、学习会员课程并参与答疑。</translation>
    </message>
    <message>
        <source>%1 · %2 a month</source>
        <translation>%1 · 每月 %2</translation>
    </message>
    <message>
        <source>%1 · %2 a year</source>
        <translation>%1 · 每年 %2</translation>
    </message>
    <message>
        <source>Renew or upgrade…</source>
        <translation>续费或升级…</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>购买…</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>首次打卡</translation>
    </message>
    <message>
        <source>7-day streak</source>
        <translation>连续打卡 7 天</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>首次回答</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>首次发文</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>完成课程</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>连续打卡：%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation>徽章：%1</translation>
    </message>
    <message>
        <source>Checked in today ✓</source>
        <translation>今日已打卡 ✓</translation>
    </message>
    <message>
        <source>Check in today</source>
        <translation>今日打卡</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>我的会员</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>每日打卡</translation>
    </message>
    <message>
        <source>Coupon (optional)</source>
        <translation>优惠码（可选）</translation>
    </message>
    <message>
        <source>Redeem code, e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>兑换码，例如 ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>What did you learn today? (optional)</source>
        <translation>今天学到了什么？（可选）</translation>
    </message>
    <message>
        <source>Start a free trial</source>
        <translation>开始免费试用</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Leaderboard: this week</source>
        <translation>排行榜：本周</translation>
    </message>
    <message>
        <source>Leaderboard: all time</source>
        <translation>排行榜：总榜</translation>
    </message>
    <message>
        <source>No points yet: check in, post or answer to earn some.</source>
        <translation>还没有积分：打卡、发文或回答问题都能获得积分。</translation>
    </message>
    <message>
        <source>Points and payments</source>
        <translation>积分与付款</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Points history</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Nobody has points yet this week: be the first to check in.</source>
        <translation>本周还没有人获得积分：来做第一个签到的人吧。</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>还没有付款记录。</translation>
    </message>
    <message>
        <source>As of %1, when Guild last reached the server.</source>
        <translation>以上为 %1 时的信息，那是 Guild 最后一次连上服务器的时间。</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Redeem code</source>
        <translation>兑换码</translation>
    </message>
    <message>
        <source>Check-ins this month</source>
        <translation>本月签到</translation>
    </message>
    <message>
        <source>Level %1 · %L2 points</source>
        <translation>等级 %1 · %L2 积分</translation>
    </message>
    <message>
        <source>%L1 to the next level</source>
        <translation>距下一级还差 %L1</translation>
    </message>
</context>
<context>
    <name>guild::ui::MessageActions</name>
    <message>
        <source>Reply in thread</source>
        <translation>在讨论串中回复</translation>
    </message>
    <message>
        <source>Open thread</source>
        <translation>打开讨论串</translation>
    </message>
    <message>
        <source>React</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>删除消息</translation>
    </message>
    <message>
        <source>Delete this message for everyone? This cannot be undone.</source>
        <translation>要为所有人删除这条消息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Promote thread to article…</source>
        <translation>将讨论串转为文章…</translation>
    </message>
    <message>
        <source>Reactions, edits and deletes need a connection</source>
        <translation>表情回应、编辑和删除需要网络连接</translation>
    </message>
    <message>
        <source>Promote thread to Q&amp;&amp;A question…</source>
        <translation>将讨论串转为答疑问题…</translation>
    </message>
    <message>
        <source>Report to the moderators…</source>
        <translation>举报给版主…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>收藏</translation>
    </message>
</context>
<context>
    <name>guild::ui::MessageDelegate</name>
    <message>
        <source>New</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>a reply to an earlier message</source>
        <translation>回复了一条较早的消息</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s)</source>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source>%1 (deleted message)</source>
        <translation>%1（已删除的消息）</translation>
    </message>
    <message>
        <source>This message was deleted.</source>
        <translation>这条消息已被删除。</translation>
    </message>
</context>
<context>
    <name>guild::ui::MyActivityView</name>
    <message>
        <source>My activity</source>
        <translation>我的活跃</translation>
    </message>
    <message>
        <source>Minutes in Guild</source>
        <translation>在 Guild 的分钟数</translation>
    </message>
    <message>
        <source>Minutes reading</source>
        <translation>阅读分钟数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s): %1 min in Guild, %2 min reading, %3 finished, %4 points, days active: %5.</source>
        <translation>
            <numerusform>最近 %n 天：在 Guild %1 分钟，阅读 %2 分钟，读完 %3 篇，%4 积分，活跃 %5 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-in streak: %n day(s) · level %1 · %2 points in all</source>
        <translation>
            <numerusform>连续打卡 %n 天 · 等级 %1 · 共 %2 积分</numerusform>
        </translation>
    </message>
    <message>
        <source>My courses and how far I am</source>
        <translation>我的课程与进度</translation>
    </message>
</context>
<context>
    <name>guild::ui::NewestFollower</name>
    <message numerus="yes">
        <source>%n new message(s) ↓</source>
        <translation>
            <numerusform>%n 条新消息 ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to the newest message</source>
        <translation>跳到最新消息</translation>
    </message>
</context>
<context>
    <name>guild::ui::NotificationCentre</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n 条未读通知</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Nothing yet: reviews of your homework, answers to your feedback and moderators&apos; notes arrive here.</source>
        <translation>暂无通知：作业批改、反馈回复和版主的说明会显示在这里。</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
</context>
<context>
    <name>guild::ui::OutboxStatus</name>
    <message>
        <source>an article</source>
        <translation>一篇文章</translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <translation>评论 %1：%2</translation>
    </message>
    <message>
        <source>Like of an article</source>
        <translation>点赞文章</translation>
    </message>
    <message>
        <source>Taking back a like</source>
        <translation>取消点赞</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>提问：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>回答：%1</translation>
    </message>
    <message>
        <source>Vote on an answer</source>
        <translation>为回答投票</translation>
    </message>
    <message>
        <source>Reply to an event</source>
        <translation>回复活动报名</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>反馈：%1</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>每日打卡</translation>
    </message>
    <message>
        <source>Vote in a poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>A change</source>
        <translation>一项更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent</source>
        <translation>
            <numerusform>%n 项更改未发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项更改等待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>What you wrote or did that the server does not have yet. It is kept, and goes as soon as the server can be reached.</source>
        <translation>你写下或做出的、服务器尚未收到的内容。它们已保存，一旦能连上服务器就会发送。</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the server (tried %n time(s))</source>
        <translation>
            <numerusform>等待服务器（已尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>等待服务器</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>测验答案</translation>
    </message>
    <message>
        <source>Homework: %1</source>
        <translation>作业：%1</translation>
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
等待回复。</translation>
    </message>
    <message>
        <source>%1
Answer: %2</source>
        <translation>%1
回复：%2</translation>
    </message>
</context>
<context>
    <name>guild::ui::PaymentListModel</name>
    <message>
        <source>not paid</source>
        <translation>未支付</translation>
    </message>
    <message>
        <source>%1 · course “%2” · %3</source>
        <translation>%1 · 课程《%2》 · %3</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>(year)</source>
        <translation>（年付）</translation>
    </message>
    <message>
        <source>(month)</source>
        <translation>（月付）</translation>
    </message>
</context>
<context>
    <name>guild::ui::PictureFile</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>guild::ui::PictureInserter</name>
    <message>
        <source>Insert picture</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
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
        <translation>投票</translation>
    </message>
    <message>
        <source>Loading the poll…</source>
        <translation>正在加载投票…</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · %1%</source>
        <translation>
            <numerusform>%n 票 · %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Change vote</source>
        <translation>修改投票</translation>
    </message>
    <message>
        <source>Withdraw vote</source>
        <translation>撤回投票</translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n 人投票</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已截止</translation>
    </message>
    <message>
        <source>closes %1</source>
        <translation>%1 截止</translation>
    </message>
    <message>
        <source>pick any</source>
        <translation>可多选</translation>
    </message>
</context>
<context>
    <name>guild::ui::QuestionListModel</name>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n 个回答</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 members</source>
        <translation>%1专享</translation>
    </message>
    <message>
        <source>bounty %L1</source>
        <translation>悬赏 %L1</translation>
    </message>
</context>
<context>
    <name>guild::ui::QuizView</name>
    <message>
        <source>✓ Right. %1</source>
        <translation>✓ 正确。%1</translation>
    </message>
    <message>
        <source>✗ The answer: %1. %2</source>
        <translation>✗ 正确答案：%1。%2</translation>
    </message>
    <message>
        <source>Passed: %1 of %2 right. The lesson is done.</source>
        <translation>通过：答对 %1 / %2 题。本节已完成。</translation>
    </message>
    <message>
        <source>%1 of %2 right. Read the explanations and try again.</source>
        <translation>答对 %1 / %2 题。看看解析，再试一次。</translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation>提交答案</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReachChart</name>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>DAU (average)</source>
        <translation>日活（平均）</translation>
    </message>
    <message>
        <source>WAU</source>
        <translation>周活</translation>
    </message>
    <message>
        <source>MAU</source>
        <translation>月活</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReaderTools</name>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>As Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>★ Saved</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Save</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>Highlight with a note…</source>
        <translation>划线并写笔记…</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>你的笔记：</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Keep this in Saved</source>
        <translation>放进收藏</translation>
    </message>
    <message>
        <source>Save this as a Markdown or PDF file</source>
        <translation>存为 Markdown 或 PDF 文件</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReportListModel</name>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>聊天消息</translation>
    </message>
    <message>
        <source>%1 by %2, reported by %3: %4</source>
        <translation>%2 的%1，%3 举报：%4</translation>
    </message>
    <message>
        <source>hidden by %1</source>
        <translation>已由 %1 隐藏</translation>
    </message>
    <message>
        <source>dismissed by %1</source>
        <translation>已由 %1 驳回</translation>
    </message>
</context>
<context>
    <name>guild::ui::ReportsPage</name>
    <message>
        <source>Show reports already dealt with</source>
        <translation>显示已处理的举报</translation>
    </message>
    <message>
        <source>Reason, told to the author when their words are hidden</source>
        <translation>原因，隐藏内容时会告知作者</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>驳回举报</translation>
    </message>
    <message>
        <source>Nothing reported. Members report a comment, answer, question or chat message from its context menu, and it waits here.</source>
        <translation>暂无举报。成员可在评论、回答、问题或聊天消息的右键菜单中举报，举报会显示在这里。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>被举报的内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>guild::ui::SafeTextBrowser</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>复制这段代码</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>guild::ui::SavedPanel</name>
    <message>
        <source>Notes exported to %1.</source>
        <translation>笔记已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not export the notes: %1</source>
        <translation>无法导出笔记：%1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your note on “%1”:</source>
        <translation>你对“%1”的笔记：</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>Nothing saved yet. Keep an article with ☆ Save above it, or select a passage and choose Highlight from its menu; it shows here, offline too.</source>
        <translation>还没有收藏。点文章上方的“☆ 收藏”保存文章，或选中一段文字，在右键菜单里选“划线”；离线时也能在这里看到。</translation>
    </message>
    <message>
        <source>Nothing saved holds “%1”.</source>
        <translation>收藏中没有包含“%1”的内容。</translation>
    </message>
    <message>
        <source>Search your bookmarks, highlights and notes</source>
        <translation>搜索你的书签、划线和笔记</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <source>Save your highlights and notes as a Markdown file</source>
        <translation>把划线和笔记存为 Markdown 文件</translation>
    </message>
    <message>
        <source>Saved items</source>
        <translation>收藏的内容</translation>
    </message>
    <message>
        <source>Nothing saved yet</source>
        <translation>还没有收藏</translation>
    </message>
    <message>
        <source>Save an article with ☆ Save in the reader, bookmark a chat message or an answer from its menu, or highlight a passage: it all comes here, searchable offline.</source>
        <translation>在阅读器中用 ☆ 收藏文章，从菜单收藏聊天消息或回答，或高亮一段文字：它们都会汇集到这里，离线也能搜索。</translation>
    </message>
</context>
<context>
    <name>guild::ui::SearchPopup</name>
    <message numerus="yes">
        <source>Articles · %n</source>
        <translation>
            <numerusform>文章 · %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chat messages · %n</source>
        <translation>
            <numerusform>聊天消息 · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing cached matches “%1”.</source>
        <translation>缓存中没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>↑↓ choose, Enter opens, Esc closes.</source>
        <translation>↑↓ 选择，回车打开，Esc 关闭。</translation>
    </message>
    <message numerus="yes">
        <source>Courses and lessons · %n</source>
        <translation>
            <numerusform>课程和课时 · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Courses and lessons</source>
        <translation>课程和课时</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Past week</source>
        <translation>过去一周</translation>
    </message>
    <message>
        <source>Past month</source>
        <translation>过去一个月</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>过去一年</translation>
    </message>
    <message>
        <source>Digest only</source>
        <translation>只看精华</translation>
    </message>
    <message numerus="yes">
        <source>Questions, answers, comments and events · %n</source>
        <translation>
            <numerusform>问答、评论和活动 · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches articles, courses, lessons and chat messages, offline too; online also questions, answers, comments and events. ↑↓ choose, Enter opens.</source>
        <translation>搜索文章、课程、课时和聊天消息，离线也可用；在线时还搜索问题、回答、评论和活动。↑↓ 选择，回车打开。</translation>
    </message>
    <message>
        <source>Nothing cached matches “%1”; asking the server…</source>
        <translation>缓存中没有与“%1”匹配的内容；正在询问服务器…</translation>
    </message>
    <message>
        <source>Asking the server for more… ↑↓ choose, Enter opens.</source>
        <translation>正在向服务器查找更多… ↑↓ 选择，回车打开。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Q&amp;A, comments and events</source>
        <translation>问答、评论和活动</translation>
    </message>
    <message>
        <source>Search everything: articles, courses, chat… (Chinese, English, code; #tag and from:name narrow it)</source>
        <translation>搜索全部：文章、课程、聊天…（中文、英文、代码；#标签 和 from:名字 可缩小范围）</translation>
    </message>
    <message>
        <source>The search index is still being built (%1 %): some older items are not found yet.</source>
        <translation>搜索索引仍在建立（%1 %）：部分较早的内容暂时搜索不到。</translation>
    </message>
    <message numerus="yes">
        <source>Members · %n</source>
        <translation>
            <numerusform>成员 · %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Articles in your other communities · %n</source>
        <translation>
            <numerusform>你的其他社区中的文章 · %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guild::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>受信任的证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own certificate authority. Certificates are always verified; this adds one more authority to trust. Takes effect at the next start.</source>
        <translation>仅用于使用自有证书颁发机构的自建服务器。证书始终会被校验，此项只是额外信任一个颁发机构。下次启动时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Extra trusted certificate</source>
        <translation>额外信任的证书</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Remove all downloads</source>
        <translation>删除全部下载</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>已下载的课程</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>本机占用 %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
</context>
<context>
    <name>guild::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>guild::ui::SignUpForm</name>
    <message>
        <source>3 to 32 letters, digits or underscores</source>
        <translation>3 到 32 个字母、数字或下划线</translation>
    </message>
    <message>
        <source>An address where the community can reach you</source>
        <translation>社区能联系到你的邮箱地址</translation>
    </message>
    <message>
        <source>8 characters or more</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>再输入一次相同的密码</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>How others see you (optional)</source>
        <translation>别人看到的名字（可选）</translation>
    </message>
</context>
<context>
    <name>guild::ui::StickyRunHeader</name>
    <message>
        <source>%1, %2</source>
        <comment>sender, time of the first message of the run at the top</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 · continued</source>
        <comment>time of a run of messages whose start is scrolled away</comment>
        <translation>%1 · 接上</translation>
    </message>
</context>
<context>
    <name>guild::ui::SyllabusDelegate</name>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>试看</translation>
    </message>
    <message>
        <source>homework</source>
        <translation>作业</translation>
    </message>
</context>
<context>
    <name>guild::ui::SyncStatus</name>
    <message numerus="yes">
        <source>Syncing… %n article(s)</source>
        <translation>
            <numerusform>正在同步… 已收到 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 articles</source>
        <translation>正在同步… 已收到 %1 篇，共约 %2 篇</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <translation>
            <numerusform>%1，大约还需 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <translation>
            <numerusform>%1，大约还需 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop syncing; it carries on where it stopped next time.</source>
        <translation>停止同步；下次会从停下的地方继续。</translation>
    </message>
</context>
<context>
    <name>guild::ui::ThreadView</name>
    <message>
        <source>Thread</source>
        <translation>讨论串</translation>
    </message>
    <message>
        <source>Close the thread</source>
        <translation>关闭讨论串</translation>
    </message>
    <message>
        <source>Notify me:</source>
        <translation>通知我：</translation>
    </message>
    <message>
        <source>As the channel</source>
        <translation>与频道相同</translation>
    </message>
    <message>
        <source>All replies</source>
        <translation>所有回复</translation>
    </message>
    <message>
        <source>Mentions only</source>
        <translation>仅 @提及</translation>
    </message>
    <message>
        <source>Nothing (mute)</source>
        <translation>不通知（静音）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Reply in the thread. Enter sends, Shift+Enter adds a line.</source>
        <translation>在讨论串中回复。Enter 发送，Shift+Enter 换行。</translation>
    </message>
</context>
<context>
    <name>guild::ui::TierAdminModel</name>
    <message>
        <source>%1 · free for everyone</source>
        <translation>%1 · 所有人免费</translation>
    </message>
    <message>
        <source>%1 · %2 a month · %3 a year</source>
        <translation>%1 · 每月 %2 · 每年 %3</translation>
    </message>
    <message>
        <source>%1 · retired</source>
        <translation>%1 · 已停售</translation>
    </message>
</context>
<context>
    <name>guild::ui::TiersPage</name>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>免费试用</translation>
    </message>
    <message>
        <source>First tier with</source>
        <translation>最低包含</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> 每月</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> 每年</translation>
    </message>
    <message>
        <source>The community sells in one currency: it applies to every tier and course.</source>
        <translation>社区使用一种货币定价：适用于所有等级和课程。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>One benefit a line, as members see it when they choose a tier</source>
        <translation>每行一项权益，成员选择等级时会看到</translation>
    </message>
    <message>
        <source>Q&amp;&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <source>Live events</source>
        <translation>直播活动</translation>
    </message>
    <message>
        <source>Retired: no longer sold; members who have it keep it and may renew</source>
        <translation>停售：不再出售；已拥有的成员保留并可续费</translation>
    </message>
    <message>
        <source>Save tier</source>
        <translation>保存等级</translation>
    </message>
    <message>
        <source>The tiers load when the server answers.</source>
        <translation>服务器响应后会加载会员等级。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Price a month</source>
        <translation>月价</translation>
    </message>
    <message>
        <source>Price a year</source>
        <translation>年价</translation>
    </message>
</context>
<context>
    <name>guild::ui::VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Space: play or pause · ← →: 5 seconds back or ahead · [ ]: slower or faster</source>
        <translation>空格：播放/暂停 · ← →：后退/前进 5 秒 · [ ]：减速/加速</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guild, the desktop home of your community</source>
        <translation>Guild——你的社群桌面客户端</translation>
    </message>
    <message>
        <source>Server address, for example https://guild.example.org.</source>
        <translation>服务器地址，例如 https://guild.example.org。</translation>
    </message>
    <message>
        <source>Sign in to a local demo server as this demo account.</source>
        <translation>以该演示账号登录本机演示服务器。</translation>
    </message>
    <message>
        <source>Extra trusted CA certificate (PEM) for a self-hosted server.</source>
        <translation>自建服务器额外信任的 CA 证书（PEM）。</translation>
    </message>
</context>
</TS>
