#include "demoarticles.h"

using namespace Qt::StringLiterals;

namespace guild::server::demo {

QList<ArticleTemplate> articleTemplates()
{
    return {
        {u"RAII in modern C++: owning resources without leaks"_s,
         u"Why destructors are the most reliable cleanup mechanism you have."_s,
         u"## The idea\n\nTie every resource to an object whose destructor releases it.\n\n```cpp\n"
         "class File {\npublic:\n    explicit File(const char *path) : m_f(std::fopen(path, \"r\")) {}\n"
         "    ~File() { if (m_f) std::fclose(m_f); }\nprivate:\n    std::FILE *m_f;\n};\n```\n\n"
         "Exceptions, early returns and `break` all run the destructor.\n"_s,
         {u"cpp"_s, u"raii"_s}},
        {u"Qt model/view: a list of 100,000 rows that scrolls smoothly"_s,
         u"Page rows in from storage and paint them with a delegate, no widget per row."_s,
         u"## Do not create a widget per row\n\nA `QAbstractListModel` reports `rowCount()` and answers "
         u"`data()`.\n\n```cpp\n"
         "QVariant FeedModel::data(const QModelIndex &index, int role) const\n{\n"
         "    if (role == Qt::DisplayRole)\n        return m_rows.at(index.row()).title;\n    return {};\n}\n```\n\n"
         "Use `setUniformItemSizes(true)` so the view never measures every row.\n"_s,
         {u"qt"_s, u"cpp"_s}},
        {u"Rust ownership explained with three pictures"_s,
         u"Move, borrow, and borrow mutably: the rules that replace a garbage collector."_s,
         u"## Moves\n\n```rust\nfn main() {\n    let s = String::from(\"guild\");\n    let t = s; // moved\n"
         "    println!(\"{}\", t);\n}\n```\n\nAfter the move `s` can no longer be used; the compiler says so.\n"_s,
         {u"rust"_s}},
        {u"PostgreSQL LISTEN/NOTIFY for real-time fan-out"_s,
         u"Let the database tell every server process that something changed."_s,
         u"## Two sessions\n\n```sql\nLISTEN chat;\n-- elsewhere\nNOTIFY chat, '42';\n```\n\n"
         "Payloads are limited to 8000 bytes: send ids, not messages.\n"_s,
         {u"postgresql"_s, u"backend"_s}},
        {u"Argon2id in practice: parameters that hold up"_s,
         u"Memory-hard password hashing, and how to keep it from becoming a denial of service."_s,
         u"## Parameters\n\nOWASP's minimum is m = 19 MiB, t = 2, p = 1.\n\n```c\ncrypto_pwhash_str_alg(out, pw, len,\n"
         "    2, 19 * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13);\n```\n\nBound how many hashes run at once.\n"_s,
         {u"security"_s}},
        {u"Writing tests that fail for the right reason"_s,
         u"A test that cannot fail is documentation that lies."_s,
         u"## Wait on signals, never sleep\n\n```cpp\nQSignalSpy spy(&client, &Client::loggedIn);\n"
         "client.login(u\"member\"_s, password);\nQVERIFY(spy.wait());\n```\n"_s,
         {u"testing"_s, u"qt"_s}},
        {u"深入理解 C++ 移动语义"_s,
         u"右值引用、std::move 与完美转发，一次讲清楚。"_s,
         u"## 为什么需要移动\n\n拷贝大对象代价高昂，移动只转移资源所有权。\n\n```cpp\n"
         "std::vector<int> make() {\n    std::vector<int> v(1'000'000);\n    return v; // 移动或省略拷贝\n}\n```\n\n"
         "记住：`std::move` 本身不移动任何东西，它只是一个类型转换。\n"_s,
         {u"cpp"_s, u"性能"_s}},
        {u"用 Qt 写一个离线优先的桌面客户端"_s,
         u"本地 SQLite 缓存、后台线程与增量同步的完整思路。"_s,
         u"## 架构\n\n界面线程从不等待网络或磁盘。\n\n```cpp\nQMetaObject::invokeMethod(worker, [=] {\n"
         "    auto rows = repository.page(offset, 50);\n    Q_EMIT pageLoaded(offset, rows);\n});\n```\n\n"
         "同步使用变更令牌（since token），只拉取变化的部分。\n"_s,
         {u"qt"_s, u"离线"_s}},
        {u"知识付费社群的活跃度模型"_s,
         u"A = αP + βC + γB：参与度、内容质量与商业化的平衡。"_s,
         u"## 模型\n\n参与度 P = N × T × p × C。\n\n例如 N = 10000，T = 1 小时，p = 0.7，C = 0.8，则 P = 5600。\n\n"
         "```python\ndef participation(n, t, p, c):\n    return n * t * p * c\n```\n"_s,
         {u"社群运营"_s, u"数据分析"_s}},
        {u"Go 并发模式：扇出与扇入"_s,
         u"用 channel 组织工作池，优雅地取消与超时。"_s,
         u"## 工作池\n\n```go\nfunc worker(jobs <-chan int, results chan<- int) {\n"
         "    for j := range jobs {\n        results <- j * 2\n    }\n}\n```\n\n用 `context.Context` 传递取消信号。\n"_s,
         {u"go"_s, u"并发"_s}},
        {u"数据库索引为什么让查询变快"_s,
         u"B+ 树、覆盖索引与最左前缀原则。"_s,
         u"## 一个例子\n\n```sql\nCREATE INDEX articles_feed ON articles (published_at DESC, id DESC);\n"
         "SELECT id, title FROM articles ORDER BY published_at DESC, id DESC LIMIT 20;\n```\n\n"
         "游标分页比 OFFSET 分页稳定得多。\n"_s,
         {u"数据库"_s, u"postgresql"_s}},
        {u"代码评审的十条建议"_s,
         u"让评审成为团队学习的机会，而不是挑错的仪式。"_s,
         u"## 建议\n\n1. 先读测试。\n2. 关注边界条件。\n3. 评论说明“为什么”。\n\n```diff\n- if (list.size() > 0)\n"
         "+ if (!list.isEmpty())\n```\n"_s,
         {u"工程实践"_s}},
    };
}

} // namespace guild::server::demo
