using Sift.Model;

namespace Sift.Quotes;

/// <summary>
/// The entity a source span stands for, through the entities layer's coreference: the mention that
/// contains the source's head word, else the longest mention inside the source, else none.
/// </summary>
public static class SpeakerResolver
{
    public static int? Resolve(EntityLayer? entities, TextLayer text, Span source, int sourceHead)
    {
        if (entities is null)
            return null;
        var mentions = entities.Mentions;
        var head = sourceHead >= 0 && sourceHead < text.Tokens.Count ? text.Tokens[sourceHead].Span : source;
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (m.Span.Start >= source.End)
                break;
            if (!m.Span.Overlaps(source))
                continue;
            if (m.Span.Overlaps(head))
                return m.Entity;
            if (best is null || m.Span.Length > best.Span.Length)
                best = m;
        }
        return best?.Entity;
    }
}
