#!/usr/bin/env python3
"""Fills translations/guild_zh_CN.ts (and the English plurals) from the table below after `ninja guild_ui_lupdate`.

Keeping the Chinese strings in one reviewed table means a regenerated .ts never loses them; the
tst_conventions test fails when a source string has no translation here.
"""
import html
import pathlib
import re
import sys

ZH = {
    "Cannot read the certificate file %1.": "无法读取证书文件 %1。",
    "%1 holds no PEM certificate.": "%1 中没有 PEM 证书。",
    "Cancelled.": "已取消。",
    "The server's certificate is not trusted, so Guild did not connect. %1": "服务器证书不受信任，Guild 未建立连接。%1",
    "The server took too long to answer.": "服务器响应超时。",
    "Cannot reach the server. Check your connection.": "无法连接服务器，请检查网络。",
    "Your session has ended. Please sign in again.": "登录已失效，请重新登录。",
    "Wrong username or password.": "用户名或密码错误。",
    "Too many attempts. Try again in %n second(s).": "尝试次数过多，请在 %n 秒后重试。",
    "This needs a higher membership tier.": "需要更高的会员等级。",
    "It is no longer there.": "该内容已不存在。",
    "The server is busy. Try again in a moment.": "服务器繁忙，请稍后再试。",
    "The server had a problem (%1). Try again later.": "服务器出现问题（%1），请稍后再试。",
    "The request failed (%1).": "请求失败（%1）。",
    "Cannot prepare the offline cache: %1": "无法准备离线缓存：%1",
    "The offline cache is damaged: %1": "离线缓存已损坏：%1",
    "The offline cache was written by a newer version of Guild (schema %1, this version knows %2). Update Guild to use it.":
        "离线缓存由更新版本的 Guild 写入（结构版本 %1，当前版本支持 %2）。请升级 Guild 后再使用。",
    "Cannot read migration %1.": "无法读取迁移脚本 %1。",
    "Cannot update the offline cache: %1": "无法更新离线缓存：%1",
    "Updating the offline cache failed (%1): %2": "更新离线缓存失败（%1）：%2",
    "Offline cache": "离线缓存",
    "This article is not in the offline cache.": "离线缓存中没有这篇文章。",
    "You are offline and this article has not been downloaded yet.": "当前处于离线状态，这篇文章尚未下载。",
    "Cannot open the offline cache: %1": "无法打开离线缓存：%1",
    "The server sent an answer Guild does not understand.": "服务器返回了 Guild 无法识别的内容。",
    "The system keychain is not available (%1). You will need to sign in each time Guild starts.":
        "系统钥匙串不可用（%1）。每次启动 Guild 都需要重新登录。",
    "The server sent a sync page Guild does not understand.": "服务器返回的同步数据无法识别。",
    "Could not write to the offline cache.": "无法写入离线缓存。",
    "Free": "免费",
    "Member": "会员",
    "Premium": "高级会员",
    "Upgrade…": "升级…",
    "Select an article to read it.": "选择一篇文章开始阅读。",
    "This article is for %1 members. Upgrade your membership to read it.": "本文仅对%1开放。升级会员即可阅读。",
    "Search articles (works offline)": "搜索文章（离线可用）",
    "No articles yet. They appear here after the first sync.": "还没有文章。首次同步后将显示在这里。",
    "No article matches your search.": "没有符合搜索条件的文章。",
    "Sign in to Guild": "登录 Guild",
    "Server": "服务器",
    "Username": "用户名",
    "Password": "密码",
    "Sign in": "登录",
    "Signing in…": "正在登录…",
    "Enter the server address, for example https://guild.example.org.": "请输入服务器地址，例如 https://guild.example.org。",
    "Use https:// for servers other than this computer: passwords must not travel unencrypted.":
        "连接本机以外的服务器请使用 https://，密码不能以明文传输。",
    "Enter your username and password.": "请输入用户名和密码。",
    "Courses": "课程",
    "The course library and lesson player are coming soon.": "课程库与课程播放器即将上线。",
    "Chat": "聊天",
    "Real-time chat with your community is coming soon.": "社群实时聊天即将上线。",
    "Membership": "会员",
    "Tiers, points, check-ins, Q&A and events are coming soon.": "会员等级、积分、打卡、答疑与活动即将上线。",
    "Dashboard": "数据看板",
    "Community analytics and the activity score are coming soon.": "社群数据分析与活跃度评分即将上线。",
    "Syncing…": "正在同步…",
    "Syncing… %n article(s)": "正在同步… 已收到 %n 篇",
    "Sync cancelled. It continues where it stopped next time.": "同步已取消，下次将从中断处继续。",
    "● Online": "● 在线",
    "● Connecting…": "● 正在连接…",
    "● Offline: showing saved articles": "● 离线：显示已保存的文章",
    "Not signed in": "未登录",
    "Signed in as %1": "已登录：%1",
    "Sign &out": "退出登录(&O)",
    "Sign &in…": "登录(&I)…",
    "Guild": "Guild",
    "Feed": "动态",
    "Cancel": "取消",
    "&Guild": "Guild(&G)",
    "Sync &now": "立即同步(&N)",
    "&Settings…": "设置(&S)…",
    "&Quit": "退出(&Q)",
    "Settings": "设置",
    "System language": "跟随系统",
    "Choose…": "选择…",
    "Trusted certificate": "受信任的证书",
    "PEM certificates (*.pem *.crt);;All files (*)": "PEM 证书 (*.pem *.crt);;所有文件 (*)",
    "Only for a self-hosted server with its own certificate authority. Certificates are always verified; this adds one more authority to trust. Takes effect at the next start.":
        "仅用于使用自有证书颁发机构的自建服务器。证书始终会被校验，此项只是额外信任一个颁发机构。下次启动时生效。",
    "Language": "语言",
    "Extra trusted certificate": "额外信任的证书",
    "Connected": "已连接",
    "Connecting…": "正在连接…",
    "Offline: messages will be sent when the connection is back": "离线：连接恢复后将自动发送消息",
    "%1 · %n message(s) waiting to be sent": "%1 · %n 条消息等待发送",
    "Send": "发送",
    "Direct message": "私信",
    "Username of the member to write to:": "要私信的成员用户名：",
    "+ Direct message…": "+ 发私信…",
    "Reply": "回复",
    "Copy text": "复制文字",
    "Replying to %1: %2": "回复 %1：%2",
    "a reply to an earlier message": "回复了一条较早的消息",
    "Notify me about": "通知我",
    "All messages": "所有消息",
    "Mentions only": "仅 @提及",
    "Nothing (mute)": "不通知（静音）",
    "Search messages (works offline)": "搜索消息（离线可用）",
    "New": "新消息",
    "%1 in #%2": "%1 在 #%2",
    "%1 is typing…": "%1 正在输入…",
    "%1 and %2 are typing…": "%1 和 %2 正在输入…",
    "Several people are typing…": "多人正在输入…",
    "Your free trial has started.": "免费试用已开始。",
    "Code redeemed: your membership now runs until %1.": "兑换成功：会员有效期至 %1。",
    "Checked in: %n day(s) in a row.": "打卡成功：已连续 %n 天。",
    "The payment page opened in your browser. Come back here when you have paid.": "付款页面已在浏览器中打开。付款完成后请回到这里。",
    "%1. %2 · %3 points": "%1. %2 · %3 积分",
    "%1 · %2 %3 · %4": "%1 · %2 %3 · %4",
    "(year)": "（年付）",
    "(month)": "（月付）",
    "not paid": "未支付",
    "Your tier: %1": "当前等级：%1",
    "Ended on %1: you keep it for a few more days. Renew now to keep going.": "已于 %1 到期：宽限期内仍可使用几天。现在续费即可继续。",
    "Ends on %1 (in %n day(s)). Renew early and save 10%.": "将于 %1 到期（还有 %n 天）。提前续费可省 10%。",
    "Runs until %1.": "有效期至 %1。",
    "Free forever: upgrade for member articles, courses and Q&A.": "永久免费：升级即可阅读会员文章、学习会员课程并参与答疑。",
    "%1 · %2 a month": "%1 · 每月 %2",
    "%1 · %2 a year": "%1 · 每年 %2",
    "Renew or upgrade…": "续费或升级…",
    "Buy…": "购买…",
    "First check-in": "首次打卡",
    "7-day streak": "连续打卡 7 天",
    "First answer": "首次回答",
    "First post": "首次发文",
    "Course completed": "完成课程",
    "Level %1 · %2 points": "等级 %1 · %2 积分",
    "%1 to the next level": "距下一级还差 %1",
    "Streak: %n day(s)": "连续打卡：%n 天",
    "Badges: %1": "徽章：%1",
    "Checked in today ✓": "今日已打卡 ✓",
    "Check in today": "今日打卡",
    "Your membership": "我的会员",
    "Daily check-in": "每日打卡",
    "Leaderboard and payments": "排行榜与付款记录",
    "Coupon (optional)": "优惠码（可选）",
    "Redeem code, e.g. ABCD-EFGH-JKLM-NPQR": "兑换码，例如 ABCD-EFGH-JKLM-NPQR",
    "Redeem": "兑换",
    "What did you learn today? (optional)": "今天学到了什么？（可选）",
    "Start a free trial": "开始免费试用",
    "Refresh": "刷新",
    "Leaderboard: this week": "排行榜：本周",
    "Leaderboard: all time": "排行榜：总榜",
    "You are offline and this course is not downloaded.": "你已离线，且这门课程尚未下载。",
    "You are offline and this lesson is not downloaded.": "你已离线，且这节课尚未下载。",
    "Quizzes are graded by the server: try again when you are online.": "测验由服务器评分：请在联网后重试。",
    "This video is not downloaded, and you are offline.": "这个视频尚未下载，而你已离线。",
    "Cannot write the download to disk.": "无法把下载内容写入磁盘。",
    "Cannot finish the download on disk.": "无法在磁盘上完成下载。",
    "Certificate of completion": "结业证书",
    "This certifies that": "兹证明",
    "has completed the course": "已完成课程",
    "Certificate %1": "证书编号 %1",
    "Verify at %1": "验证地址：%1",
    "Certificate - %1.pdf": "证书 - %1.pdf",
    "Export certificate": "导出证书",
    "PDF documents (*.pdf)": "PDF 文档 (*.pdf)",
    "Download interrupted (%1); it carries on by itself.": "下载中断（%1），稍后会自动继续。",
    "%p% done": "已完成 %p%",
    "Download for offline use (%1)": "下载以便离线学习（%1）",
    "Keep for offline reading": "保存以便离线阅读",
    "Resume download": "继续下载",
    "Pause download": "暂停下载",
    "Remove download": "删除下载",
    "On this computer: lessons and videos work offline (%1).": "已保存在本机：课程与视频可离线使用（%1）。",
    "%1 of %2 downloaded%3": "已下载 %1 / %2%3",
    " · paused": " · 已暂停",
    "Certificate saved to %1.": "证书已保存到 %1。",
    "The certificate could not be written to %1.": "无法把证书写入 %1。",
    "← All courses": "← 全部课程",
    "sold on its own: %1": "单独购买：%1",
    "free for every member": "所有成员免费",
    "needs the %1 tier or higher": "需要「%1」及以上等级",
    "%1 · %n lesson(s) · %2": "%1 · %n 节课 · %2",
    "This course is sold on its own; the free previews are open to everyone.": "这门课程需单独购买；免费试看对所有人开放。",
    "Upgrade your membership to open every lesson; the free previews are open now.": "升级会员即可学习全部课程；免费试看现在就能看。",
    "Enroll": "报名",
    "Continue where you left off": "从上次的位置继续",
    "Start the course": "开始学习",
    "Export certificate (PDF)…": "导出证书（PDF）…",
    "Offline": "离线可用",
    "%1 · %n lesson(s)": "%1 · %n 节课",
    "No courses yet. They appear here once Guild has reached the server.": "还没有课程。Guild 连上服务器后，课程会显示在这里。",
    "No course matches.": "没有匹配的课程。",
    "Search courses": "搜索课程",
    "All courses": "全部课程",
    "Enrolled": "已报名",
    "In progress": "学习中",
    "Completed": "已完成",
    "Downloaded": "已下载",
    "Not handed in yet.": "尚未提交。",
    "Handed in %1 · waiting for review": "提交于 %1 · 等待批改",
    "Handed in %1 · passed": "提交于 %1 · 已通过",
    "Handed in %1 · please revise": "提交于 %1 · 需要修改",
    "Reviewer: %1": "批改意见：%1",
    "Homework": "作业",
    "Hand in": "提交",
    "Your answer: text or code (kept as typed).": "你的答案：文字或代码（按原样保留）。",
    "This lesson cannot be opened": "无法打开这节课",
    "Mark as done": "标记为已完成",
    "Done ✓": "已完成 ✓",
    "Next lesson →": "下一节 →",
    "Your homework for “%1” passed.": "你在《%1》的作业已通过。",
    "Your homework for “%1” needs another look.": "你在《%1》的作业需要修改。",
    "Homework reviewed": "作业已批改",
    "✓ Right. %1": "✓ 正确。%1",
    "✗ The answer: %1. %2": "✗ 正确答案：%1。%2",
    "Passed: %1 of %2 right. The lesson is done.": "通过：答对 %1 / %2 题。本节已完成。",
    "%1 of %2 right. Read the explanations and try again.": "答对 %1 / %2 题。看看解析，再试一次。",
    "Check my answers": "提交答案",
    "Measuring…": "正在统计…",
    "Remove all downloads": "删除全部下载",
    "Downloaded courses": "已下载的课程",
    "%1 on this computer": "本机占用 %1",
    "offline": "离线",
    "preview": "试看",
    "homework": "作业",
    "Pause": "暂停",
    "Play": "播放",
    "Space: play or pause · ← →: 5 seconds back or ahead · [ ]: slower or faster": "空格：播放/暂停 · ← →：后退/前进 5 秒 · [ ]：减速/加速",
    "Playback speed": "播放速度",
    "You can't change that message.": "你不能修改这条消息。",
    "That message no longer exists.": "这条消息已不存在。",
    "No other member has that username.": "没有其他成员使用这个用户名。",
    "Your membership doesn't include this channel.": "你的会员等级不包含这个频道。",
    "Slow down a little: too many changes at once.": "慢一点：一次修改太多了。",
    "You are offline: promoting a thread needs the server.": "你已离线：把讨论串转为文章需要连接服务器。",
    "Reactions need a connection.": "表情回应需要网络连接。",
    "Editing your message · Enter saves, Esc cancels": "正在编辑你的消息 · Enter 保存，Esc 取消",
    "A message cannot be empty.": "消息不能为空。",
    "Edits need a connection.": "编辑消息需要网络连接。",
    "Promote thread to article": "将讨论串转为文章",
    "Title of the new article:": "新文章的标题：",
    "Published “%1” from the chat thread.": "已将讨论串发布为文章《%1》。",
    "This link points nowhere Guild knows.": "Guild 无法识别这个链接。",
    "Reply in thread": "在讨论串中回复",
    "Open thread": "打开讨论串",
    "React": "表情回应",
    "Edit": "编辑",
    "Delete…": "删除…",
    "Delete message": "删除消息",
    "Delete this message for everyone? This cannot be undone.": "要为所有人删除这条消息吗？此操作无法撤销。",
    "Promote thread to article…": "将讨论串转为文章…",
    "Reactions, edits and deletes need a connection": "表情回应、编辑和删除需要网络连接",
    "%n reply(s)": "%n 条回复",
    "(edited)": "（已编辑）",
    "%1 (deleted message)": "%1（已删除的消息）",
    "This message was deleted.": "这条消息已被删除。",
    "Thread": "讨论串",
    "Close the thread": "关闭讨论串",
    "Notify me:": "通知我：",
    "As the channel": "与频道相同",
    "All replies": "所有回复",
    "Reply in the thread. Enter sends, Shift+Enter adds a line.": "在讨论串中回复。Enter 发送，Shift+Enter 换行。",
    "Write a message. Enter sends, Shift+Enter adds a line.": "输入消息。按 Enter 发送，Shift+Enter 换行。",
    "Guild, the desktop home of your community": "Guild——你的社群桌面客户端",
    "Server address, for example https://guild.example.org.": "服务器地址，例如 https://guild.example.org。",
    "Sign in to a local demo server as this demo account.": "以该演示账号登录本机演示服务器。",
    "Extra trusted CA certificate (PEM) for a self-hosted server.": "自建服务器额外信任的 CA 证书（PEM）。",
}


EN_PLURALS = {
    "Too many attempts. Try again in %n second(s).": ("Too many attempts. Try again in %n second.",
                                                      "Too many attempts. Try again in %n seconds."),
    "Syncing… %n article(s)": ("Syncing… %n article", "Syncing… %n articles"),
    "%1 · %n message(s) waiting to be sent": ("%1 · %n message waiting to be sent", "%1 · %n messages waiting to be sent"),
    "%n reply(s)": ("%n reply", "%n replies"),
    "%1 · %n lesson(s) · %2": ("%1 · %n lesson · %2", "%1 · %n lessons · %2"),
    "%1 · %n lesson(s)": ("%1 · %n lesson", "%1 · %n lessons"),
    "Checked in: %n day(s) in a row.": ("Checked in: %n day in a row.", "Checked in: %n days in a row."),
    "Ends on %1 (in %n day(s)). Renew early and save 10%.": ("Ends on %1 (in %n day). Renew early and save 10%.", "Ends on %1 (in %n days). Renew early and save 10%."),
    "Streak: %n day(s)": ("Streak: %n day", "Streak: %n days"),
}


def fill_english(path: pathlib.Path) -> None:
    """English is the source language; the .ts spells out plurals and confirms every other string."""
    text = path.read_text(encoding="utf-8")

    def replace(match: re.Match) -> str:
        block = match.group(0)
        source_raw = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
        source = html.unescape(source_raw)
        if 'numerus="yes"' in block:
            one, many = EN_PLURALS.get(source, (source, source))
            forms = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in (one, many))
            translation = f"<translation>{forms}\n        </translation>"
        else:
            translation = f"<translation>{source_raw}</translation>"
        return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", translation, block, flags=re.S)

    path.write_text(re.sub(r"<message[^>]*>.*?</message>", replace, text, flags=re.S), encoding="utf-8")


def fill(path: pathlib.Path) -> int:
    text = path.read_text(encoding="utf-8")
    missing = []

    def replace(match: re.Match) -> str:
        block = match.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        zh = ZH.get(source)
        if zh is None:
            missing.append(source)
            return block
        escaped = html.escape(zh, quote=False)
        if 'numerus="yes"' in block:
            translation = f"<translation>\n            <numerusform>{escaped}</numerusform>\n        </translation>"
        else:
            translation = f"<translation>{escaped}</translation>"
        return re.sub(r"<translation[^>]*?(/>|>.*?</translation>)", translation, block, flags=re.S)

    text = re.sub(r"<message[^>]*>.*?</message>", replace, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    for source in missing:
        print(f"missing Chinese for: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    root = pathlib.Path(__file__).resolve().parent.parent
    fill_english(root / "translations" / "guild_en.ts")
    sys.exit(fill(root / "translations" / "guild_zh_CN.ts"))
