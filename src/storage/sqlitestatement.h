#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace sinch {

// One SQLite statement prepared once on a Qt SQL (QSQLITE) connection's own handle and
// stepped for many rows. For a hot loop only (ActivityStore::add()'s 50,000 rows): Qt's
// QSqlQuery costs more per row than SQLite's insert itself (every bind goes through a
// QVariant and a placeholder name built as text).
class SqliteStatement
{
public:
    // The raw handle of an open QSQLITE connection (nullptr for another driver).
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Runs SQL that returns no rows (DDL) on the handle; errorText() of a statement on the
    // same handle tells why it failed.
    static bool exec(sqlite3 *db, const char *sql);

    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Binds are 1-based, as in SQLite.
    void bind(int i, qint64 value);
    void bind(int i, const QString &value);
    // Runs the statement with what is bound; true when it ran. A row it returns can be read
    // (columnInt64()) until the next bind, step or reset.
    bool step();
    bool hasRow() const { return m_row; }
    qint64 columnInt64(int i) const;
    // Rows the last step() changed.
    int changes() const;
    QString errorText() const;

    // Ends a statement that returned a row (step() and the binds do it too).
    void reset();

private:

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_row = false;
    std::vector<QByteArray> m_text; // the UTF-8 of each text parameter bound, by its number
};

} // namespace sinch
