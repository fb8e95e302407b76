#include "videoplayer.h"

#include "common/formatting.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QTime>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
constexpr qint64 SaveEveryMs = 5000;
const QList<double> Speeds{0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

} // namespace

VideoPlayer::VideoPlayer(QWidget *parent)
    : QWidget(parent)
    , m_screen(new QWidget(this))
    , m_play(new QPushButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_screen->setMinimumHeight(240);
    m_screen->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *screenLayout = new QVBoxLayout(m_screen);
    screenLayout->setContentsMargins(0, 0, 0, 0);
    m_time->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    for (double speed : Speeds) {
        m_speed->addItem(u"%1×"_s.arg(speed), speed);
    }
    m_speed->setCurrentIndex(1);
    m_seek->setRange(0, 0);

    connect(m_play, &QPushButton::clicked, this, &VideoPlayer::togglePlay);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_player) {
            m_player->setPlaybackRate(m_speed->itemData(index).toDouble());
        }
    });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) {
        if (m_player) {
            m_player->setPosition(ms);
        }
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_speed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen, 1);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    retranslate();
}

VideoPlayer::~VideoPlayer()
{
    if (m_player) {
        m_player->stop();
    }
}

QMediaPlayer *VideoPlayer::player()
{
    if (!m_player) {
        createMedia();
    }
    return m_player;
}

void VideoPlayer::createMedia()
{
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_video = new QVideoWidget(m_screen);
    m_screen->layout()->addWidget(m_video);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_player->setPlaybackRate(m_speed->currentData().toDouble());
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_seek->setRange(0, static_cast<int>(ms));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        if (!m_seek->isSliderDown()) {
            m_seek->setValue(static_cast<int>(ms));
        }
        updateTime();
        if (m_player->playbackState() == QMediaPlayer::PlayingState && qAbs(ms - m_lastSavedMs) >= SaveEveryMs) {
            m_lastSavedMs = ms;
            Q_EMIT positionSaved(ms / 1000.0);
        }
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        retranslate();
        if (state == QMediaPlayer::PausedState) {
            Q_EMIT positionSaved(positionSeconds());
        }
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia && m_resumeAt > 0) {
            m_player->setPosition(static_cast<qint64>(m_resumeAt * 1000));
            m_resumeAt = 0;
        } else if (status == QMediaPlayer::EndOfMedia) {
            Q_EMIT positionSaved(m_player->duration() / 1000.0);
            Q_EMIT finished();
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString &message) { m_status->setText(message); });
}

void VideoPlayer::load(const QUrl &source, double resumeAt)
{
    m_status->clear();
    m_resumeAt = resumeAt;
    m_lastSavedMs = static_cast<qint64>(resumeAt * 1000);
    player()->setSource(source);
    m_player->setPlaybackRate(m_speed->currentData().toDouble());
}

void VideoPlayer::stop()
{
    if (!m_player) {
        return;
    }
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause(); // reports the position
    }
    m_player->stop();
    m_player->setSource({});
}

double VideoPlayer::positionSeconds() const
{
    return m_player ? m_player->position() / 1000.0 : 0.0;
}

void VideoPlayer::setRate(double rate)
{
    const int index = m_speed->findData(rate);
    if (index >= 0) {
        m_speed->setCurrentIndex(index);
    }
}

void VideoPlayer::togglePlay()
{
    if (player()->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else {
        m_player->play();
    }
}

void VideoPlayer::seekBy(double seconds)
{
    QMediaPlayer *media = player();
    media->setPosition(qBound<qint64>(0, media->position() + static_cast<qint64>(seconds * 1000), media->duration()));
}

void VideoPlayer::updateTime()
{
    if (!m_player) {
        return;
    }
    m_time->setText(durationText(m_player->position() / 1000) + u" / "_s + durationText(m_player->duration() / 1000));
}

void VideoPlayer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        togglePlay();
        return;
    case Qt::Key_Left:
        seekBy(-5);
        return;
    case Qt::Key_Right:
        seekBy(5);
        return;
    case Qt::Key_BracketLeft:
        m_speed->setCurrentIndex(qMax(0, m_speed->currentIndex() - 1));
        return;
    case Qt::Key_BracketRight:
        m_speed->setCurrentIndex(qMin(m_speed->count() - 1, m_speed->currentIndex() + 1));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void VideoPlayer::retranslate()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(tr("Space: play or pause · ← →: 5 seconds back or ahead · [ ]: slower or faster"));
    m_speed->setToolTip(tr("Playback speed"));
}

void VideoPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
