#pragma once

#include "api/apierror.h"

namespace sinch {

// The load state of a list model that pages lazily: whether a request is on its way, the
// last error and what it interrupted, whether the last page came, and the total the
// server announced. ResourceListModel and TemplateListModel each keep one as a member.
// They have different Qt base classes, and moc cannot handle a template QObject, so this
// is a plain class; it is a template over the model only to emit the model's own NOTIFY
// signals (loadingChanged, errorChanged, failed, doneChanged, totalSizeChanged), so the
// models' properties and signals stay theirs. Every setter emits only when the state
// changed, except setError(): each failure is news, even the same error twice.
template <class Model>
class ListLoadState
{
public:
    // What the last error interrupted, so that retry() can repeat it: a failed refresh
    // runs again as a refresh, a failed page is asked for again.
    enum class Failed { Nothing, Page, Refresh };

    explicit ListLoadState(Model *model)
        : m_model(model)
    {
    }

    bool isLoading() const { return m_loading; }
    bool hasError() const { return m_error.isError(); }
    const ApiError &lastError() const { return m_error; }
    Failed failedAt() const { return m_failed; }
    bool isDone() const { return m_done; }
    int totalSize() const { return m_totalSize; } // -1 until the server said

    // More pages exist, none is on its way and the last request did not fail. The model
    // adds what only it knows (a refresh running, a client to ask).
    bool allowsFetch() const { return !m_done && !m_loading && !m_error.isError(); }

    void setLoading(bool loading)
    {
        if (m_loading == loading)
            return;
        m_loading = loading;
        emit m_model->loadingChanged(loading);
    }

    void setError(const ApiError &error, Failed what)
    {
        m_error = error;
        m_failed = what;
        emit m_model->errorChanged();
        emit m_model->failed(error);
    }

    void clearError()
    {
        if (!m_error.isError())
            return;
        m_error = ApiError();
        m_failed = Failed::Nothing;
        emit m_model->errorChanged();
    }

    void setDone(bool done)
    {
        if (m_done == done)
            return;
        m_done = done;
        emit m_model->doneChanged(done);
    }

    void setTotal(int total)
    {
        if (m_totalSize == total)
            return;
        m_totalSize = total;
        emit m_model->totalSizeChanged(total);
    }

private:
    Model *m_model;
    ApiError m_error;
    Failed m_failed = Failed::Nothing;
    bool m_loading = false;
    bool m_done = false;
    int m_totalSize = -1;
};

} // namespace sinch
