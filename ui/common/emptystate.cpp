#include "emptystate.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace guild::ui {

EmptyState::EmptyState(QAbstractItemView *view, std::function<Texts()> texts, std::function<void()> action)
    : QWidget(view->viewport())
    , m_view(view)
    , m_texts(std::move(texts))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_button(new QPushButton(this))
{
    for (QLabel *label : {m_title, m_explanation}) {
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    // Tab reaches the button right after the list it stands in (not after everything made before it).
    QWidget::setTabOrder(view, m_button);
    m_button->setVisible(bool(action));
    m_actionAvailable = bool(action);
    if (action) {
        connect(m_button, &QPushButton::clicked, this, std::move(action));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    view->viewport()->installEventFilter(this);
    retranslate();
    watchModel();
}

void EmptyState::setActionAvailable(bool available)
{
    m_actionAvailable = available;
    m_button->setVisible(available && !m_button->text().isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

void EmptyState::watchModel()
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = m_view->model();
    if (QAbstractItemModel *model = m_view->model()) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(model, signal, this, &EmptyState::refresh);
        }
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    }
    refresh();
}

void EmptyState::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = !model || model->rowCount(m_view->rootIndex()) == 0;
    setGeometry(m_view->viewport()->rect());
    setVisible(empty);
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    // Only the viewport is watched, and only while it is alive and painting or resized: the view
    // itself sends events while it is being destroyed, when it may no longer be asked anything.
    auto *viewport = static_cast<QWidget *>(watched);
    if (event->type() == QEvent::Resize) {
        setGeometry(viewport->rect());
    } else if (event->type() == QEvent::Paint && m_view->model() != m_model) {
        watchModel(); // a new model set on the view: the view repaints after it
    }
    return false;
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void EmptyState::retranslate()
{
    const Texts texts = m_texts();
    m_title->setText(texts.title);
    m_explanation->setText(texts.explanation);
    m_button->setText(texts.action);
    m_button->setAccessibleName(texts.action);
    m_button->setVisible(m_actionAvailable && !texts.action.isEmpty());
}

} // namespace guild::ui
