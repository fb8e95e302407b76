#pragma once

#include "protocol/api/authoring.h"
#include "protocol/course.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace guild::ui {

/// A course's own fields as its author edits them: title, description, the tier it needs, a price
/// when it is also sold on its own, its cover colour, and whether members see it yet.
class CourseForm final : public QWidget
{
    Q_OBJECT
public:
    explicit CourseForm(QWidget *parent = nullptr);

    void setCourse(const protocol::course::Course &course);
    protocol::CourseInput input() const;
    QLineEdit *titleEdit() const { return m_title; }
    QCheckBox *publishedBox() const { return m_published; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_form;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_tier;
    QDoubleSpinBox *m_price;
    QLineEdit *m_color;
    QCheckBox *m_published;
    QPushButton *m_save;
    std::array<QLabel *, 5> m_labels{};
};

} // namespace guild::ui
