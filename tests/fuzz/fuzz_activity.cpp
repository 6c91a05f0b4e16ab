// Activity feeds: an entry of a feed as the server sends it, and the feed keys the inbox
// stores and reads back (FeedRef::fromKey must give back the same key it was made from).
#include "fuzzsupport.h"

#include "domain/activity.h"

using sinch::Activity;
using sinch::FeedRef;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sinch::fuzz::createApplication(sinch::fuzz::App::Core);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sinch::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    const FeedRef feed = FeedRef::fromKey(text, text.left(20));
    if (feed.isValid()) {
        const QString key = feed.key();
        if (FeedRef::fromKey(key).key() != key)
            __builtin_trap(); // a stored key reads back as the same feed
        feed.channel();
    }
    FeedRef::Kind kind;
    FeedRef::kindFromName(text, &kind);
    const Activity activity = Activity::fromJson(sinch::fuzz::jsonObject(input), feed);
    activity.key();
    Activity::fromJson(activity.toJson(), feed);
    return 0;
}
