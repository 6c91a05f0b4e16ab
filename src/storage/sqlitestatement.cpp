#include "sqlitestatement.h"

#include "domain/utf8append.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace sinch {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    // QSQLITE hands out its sqlite3* under this type name.
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.data());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    // PERSISTENT: the statement is stepped thousands of times.
    if (m_db && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
    m_text.resize(size_t(m_stmt ? sqlite3_bind_parameter_count(m_stmt) + 1 : 0));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void SqliteStatement::reset()
{
    // A statement that returned a row is still running: it must be reset before new binds.
    if (m_row) {
        sqlite3_reset(m_stmt);
        m_row = false;
    }
}

void SqliteStatement::bind(int i, qint64 value)
{
    reset();
    sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::bind(int i, const QString &value)
{
    reset();
    // As UTF-8, the file's encoding: bound as UTF-16, SQLite converts every value itself into
    // a fresh allocation. The text is kept (per parameter) until the next bind of it, in a
    // buffer each bind reuses (resize() keeps its memory): SQLite reads it only in step().
    QByteArray &utf8 = m_text[size_t(i)];
    utf8.resize(0);
    appendUtf8(utf8, value);
    sqlite3_bind_text(m_stmt, i, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

bool SqliteStatement::step()
{
    reset();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_row = true;
        return true;
    }
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE;
}

qint64 SqliteStatement::columnInt64(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteStatement::errorText() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
}

} // namespace sinch
