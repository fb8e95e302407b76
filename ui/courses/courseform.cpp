#include "courseform.h"

#include "common/formatting.h"
#include "common/picturefile.h"
#include "protocol/limits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

namespace {
constexpr QSize CoverPreview(184, 91); // the library tile's shape (222 × 110)
} // namespace

CourseForm::CourseForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_tier(new QComboBox(this))
    , m_price(new QDoubleSpinBox(this))
    , m_color(new QLineEdit(this))
    , m_cover(new QLabel(this))
    , m_chooseCover(new QPushButton(this))
    , m_removeCover(new QPushButton(this))
    , m_published(new QCheckBox(this))
    , m_save(new QPushButton(this))
{
    m_title->setMaxLength(200);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(180);
    m_price->setRange(0, 1'000'000);
    m_price->setDecimals(2);
    m_color->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^(#[0-9a-fA-F]{0,6})?$"_s), m_color));
    m_color->setMaximumWidth(120);
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(QString(), static_cast<int>(t));
    }
    // The cover as the library shows it (a 230 × 110 tile), at half size, with its two buttons beside.
    m_cover->setFixedSize(CoverPreview);
    m_cover->setFrameShape(QFrame::StyledPanel);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setWordWrap(true);
    m_cover->setTextFormat(Qt::PlainText);
    m_removeCover->setEnabled(false);
    auto *coverRow = new QWidget(this);
    coverRow->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *coverLayout = new QHBoxLayout(coverRow);
    coverLayout->setContentsMargins(0, 0, 0, 0);
    coverLayout->addWidget(m_cover, 0, Qt::AlignTop);
    auto *coverButtons = new QVBoxLayout;
    coverButtons->addWidget(m_chooseCover);
    coverButtons->addWidget(m_removeCover);
    coverButtons->addStretch();
    coverLayout->addLayout(coverButtons);
    coverLayout->addStretch();
    const std::array<QWidget *, 6> fields{m_title, m_description, m_tier, m_price, coverRow, m_color};
    for (size_t row = 0; row < fields.size(); ++row) {
        m_labels[row] = new QLabel(this);
        m_form->addRow(m_labels[row], fields[row]);
    }
    m_form->addRow(QString(), m_published);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    connect(m_save, &QPushButton::clicked, this, &CourseForm::saveRequested);
    connect(m_chooseCover, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a cover picture"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            pictureFileFilter());
        if (!file.isEmpty()) {
            useCoverFile(file);
        }
    });
    connect(m_removeCover, &QPushButton::clicked, this, &CourseForm::coverRemoveRequested);
    connect(m_title, &QLineEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_title->text().trimmed().isEmpty()); });
    retranslate();
}

void CourseForm::setCourse(const course::Course &course)
{
    m_title->setText(course.title);
    m_description->setPlainText(course.description);
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(static_cast<int>(course.requiredTier))));
    m_price->setValue(course.priceCents / 100.0);
    m_price->setSuffix(u' ' + course.currency);
    m_color->setText(course.coverColor);
    m_published->setChecked(course.published);
}

void CourseForm::setCoverPreview(const QImage &cover)
{
    m_hasCover = !cover.isNull();
    m_removeCover->setEnabled(m_hasCover);
    if (cover.isNull()) {
        m_cover->setPixmap({});
        m_cover->setText(tr("No picture: the tile shows the colour"));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    const QSize device = CoverPreview * dpr;
    const QImage scaled = cover.scaled(device, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QPixmap pixmap =
        QPixmap::fromImage(scaled.copy((scaled.width() - device.width()) / 2, (scaled.height() - device.height()) / 2,
                                       device.width(), device.height()));
    pixmap.setDevicePixelRatio(dpr);
    m_cover->setPixmap(pixmap);
}

void CourseForm::useCoverFile(const QString &file)
{
    // Wide enough for the library's tiles on a high-density screen; a JPEG when it is a photo.
    preparePicture(file, QSize(640, 640), limits::CoverBytesMax, this, [this](const QByteArray &bytes) {
        if (bytes.isEmpty()) {
            Q_EMIT coverUnreadable();
            return;
        }
        Q_EMIT coverChosen(bytes);
    });
}

CourseInput CourseForm::input() const
{
    CourseInput in;
    in.title = m_title->text().trimmed();
    in.description = m_description->toPlainText().trimmed();
    in.requiredTier = static_cast<Tier>(m_tier->currentData().toInt());
    in.priceCents = std::llround(m_price->value() * 100);
    // A colour half typed is no colour: the server would refuse it.
    in.coverColor = m_color->text().size() == 7 ? m_color->text() : QString();
    in.published = m_published->isChecked();
    return in;
}

void CourseForm::retranslate()
{
    const std::array labels{tr("Title"), tr("Description"), tr("Open to"), tr("Also sold alone for"),
                            tr("Cover"), tr("Cover colour")};
    for (size_t row = 0; row < labels.size(); ++row) {
        m_labels[row]->setText(labels[row]);
    }
    for (int i = 0; i < m_tier->count(); ++i) {
        m_tier->setItemText(i, tierDisplayName(static_cast<Tier>(m_tier->itemData(i).toInt())));
    }
    m_price->setSpecialValueText(tr("not sold alone"));
    m_color->setPlaceholderText(u"#3366cc"_s);
    m_description->setPlaceholderText(tr("What members learn, for whom, and what they need before"));
    m_published->setText(tr("Published: members see it (a draft is seen by you and admins only)"));
    m_save->setText(tr("Save course"));
    m_chooseCover->setText(tr("Choose picture…"));
    m_removeCover->setText(tr("Remove picture"));
    if (!m_hasCover) {
        m_cover->setText(tr("No picture: the tile shows the colour"));
    }
}

void CourseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
