using System.Globalization;
using Sift.Model;

namespace Sift.Events;

/// <summary>
/// The events stage: codes every body sentence with the <see cref="ClauseCoder"/> and gives each event its
/// evidence, date (a date expression of the same sentence, else the publication date), place (a place named
/// in the same sentence, else the dateline, else the article's most mentioned place), CAMEO label, Goldstein
/// value, QuadClass and root-event flag. Built once; <see cref="Analyze"/> is safe to call concurrently.
/// </summary>
public sealed class EventAnalyzer(EventDictionaries dictionaries, bool requireDyad = true)
{
    public EventDictionaries Dictionaries { get; } = dictionaries;

    /// <summary>The analyzer over the Phoenix dictionaries of the shared data folder.</summary>
    public static EventAnalyzer CreateDefault() => new(EventDictionaries.Default);

    [ThreadStatic] private static SentenceView? t_view;
    [ThreadStatic] private static List<ClauseEvent>? t_events;

    public EventLayer? Analyze(Article article, TextLayer text, SyntaxLayer? syntax, EntityLayer? entities, TimeLayer? time, ProvenanceLayer? provenance = null)
    {
        if (syntax is null)
            return null;
        var published = article.Metadata.Published ?? time?.Anchor;
        var actors = new ActorCoder(Dictionaries, published, article.Text, text, entities, syntax);
        var coder = new ClauseCoder(Dictionaries, requireDyad);
        var view = t_view ??= new SentenceView();
        var found = t_events ??= [];
        var result = new List<CodedEvent>();
        var firstBody = FirstBodyParagraph(text);
        var fallbackPlace = FallbackPlace(article, entities, provenance);
        var seen = new HashSet<(int, string, string, string)>();
        for (var si = 0; si < text.Sentences.Count; si++)
        {
            var sentence = text.Sentences[si];
            if (text.Paragraphs[sentence.Paragraph].Kind == ParagraphKind.Headline)
                continue;
            view.Load(article.Text, text, syntax, si);
            var (discardSentence, discardStory) = Dictionaries.Discards.Count == 0 ? (false, false) : Dictionaries.Discards.Find(new ArraySegment<string>(view.Words, 0, view.Count));
            if (discardStory)
                return new EventLayer([]);
            if (discardSentence)
                continue;
            found.Clear();
            coder.Code(view, actors, found);
            foreach (var e in found)
            {
                if (!seen.Add((si, e.Source.Code, e.Target.Code, e.Code)))
                    continue;
                var verbToken = text.Tokens[view.First + e.Verb];
                var (date, basis) = DateOf(time, si, verbToken.Start, published);
                result.Add(new CodedEvent(
                    sentence.Span,
                    si,
                    verbToken.Span,
                    e.Source,
                    e.Target,
                    e.Code,
                    Dictionaries.Cameo.Label(e.Code) ?? "",
                    CameoCodes.Root(e.Code),
                    Dictionaries.Cameo.Goldstein(e.Code),
                    CameoCodes.QuadClass(e.Code),
                    sentence.Paragraph == firstBody,
                    date,
                    basis,
                    PlaceOf(entities, text, syntax, si, verbToken.Start, found) ?? fallbackPlace,
                    e.InformationSource));
            }
        }
        return new EventLayer(result);
    }

    private static int FirstBodyParagraph(TextLayer text)
    {
        for (var i = 0; i < text.Paragraphs.Count; i++)
        {
            if (text.Paragraphs[i].Kind == ParagraphKind.Body)
                return i;
        }
        return -1;
    }

    /// <summary>The date expression of the sentence nearest the verb, when it names a calendar date; else the publication date.</summary>
    private static (string? Date, string Basis) DateOf(TimeLayer? time, int sentence, int verbStart, DateOnly? published)
    {
        if (time is not null)
        {
            TimeExpression? best = null;
            foreach (var expression in time.Expressions)
            {
                if (expression.Sentence != sentence || expression.Type != "DATE" || !IsCalendarValue(expression.Value))
                    continue;
                if (best is null || Math.Abs(expression.Span.Start - verbStart) < Math.Abs(best.Span.Start - verbStart))
                    best = expression;
            }
            if (best is not null)
                return (best.Value, "text");
        }
        return published is { } p ? (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "published") : (null, "none");
    }

    private static bool IsCalendarValue(string value) =>
        value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]) && !value.Contains('X');

    /// <summary>
    /// A place named in the sentence, nearest the verb, that is no actor of any event coded in the
    /// sentence: in "Russia, Iran and Turkey agreed …" or "the need for Tehran and Damascus to …" the
    /// countries act, so none of them is where another of the sentence's events happens. A place the
    /// gazetteer resolves beats one it does not, however near: "African" in a minister's title
    /// ("… for Arab and African Affairs") is no place to put on a map, "in Damascus" is. A place that names a
    /// process ("the Astana talks", "the Minsk agreement") says where that process was held, not where the
    /// sentence's event happens.
    /// </summary>
    private static EventPlace? PlaceOf(EntityLayer? entities, TextLayer text, SyntaxLayer syntax, int sentence, int verbStart, List<ClauseEvent> sentenceEvents)
    {
        if (entities is null)
            return null;
        Mention? best = null;
        var bestResolved = false;
        foreach (var mention in entities.Mentions)
        {
            if (mention.Sentence != sentence || mention.Type != "LOC" || mention.Metonymy || mention.Kind == MentionKind.Pronoun)
                continue;
            if (IsActor(mention.Span, sentenceEvents) || NamesAProcess(text, syntax, mention))
                continue;
            var resolved = entities.Find(mention.Entity)?.Place is not null;
            if (best is null || (resolved && !bestResolved)
                || (resolved == bestResolved && Math.Abs(mention.Span.Start - verbStart) < Math.Abs(best.Span.Start - verbStart)))
            {
                best = mention;
                bestResolved = resolved;
            }
        }
        if (best is null)
            return null;
        var entity = entities.Find(best.Entity);
        return new EventPlace(entity?.Name ?? "", best.Span, best.Entity, entity?.Place, "sentence");
    }

    private static bool NamesAProcess(TextLayer text, SyntaxLayer syntax, Mention mention)
    {
        var (from, to) = text.TokensIn(mention.Span);
        return to > from && text.Tokens[to - 1].End == mention.Span.End && ProcessNouns.Modifies(syntax, to - 1);
    }

    private static bool IsActor(Span span, List<ClauseEvent> events)
    {
        foreach (var e in events)
        {
            if (span.Overlaps(e.Source.Span) || span.Overlaps(e.Target.Span))
                return true;
        }
        return false;
    }

    private static EventPlace? FallbackPlace(Article article, EntityLayer? entities, ProvenanceLayer? provenance)
    {
        if (provenance?.Dateline is { } dateline)
        {
            var name = article.Text[dateline.Place.Start..dateline.Place.End];
            Entity? entity = null;
            if (entities is not null)
            {
                foreach (var mention in entities.Mentions)
                {
                    if (mention.Span.Overlaps(dateline.Place))
                    {
                        entity = entities.Find(mention.Entity);
                        break;
                    }
                }
            }
            return new EventPlace(entity?.Name ?? name, dateline.Place, entity?.Id, entity?.Place, "dateline");
        }
        if (entities is null)
            return null;
        // Entities come most mentioned first: the first place with map data is the article's main place.
        foreach (var entity in entities.Entities)
        {
            if (entity.Type == "LOC" && entity.Place is not null)
                return new EventPlace(entity.Name, null, entity.Id, entity.Place, "article");
        }
        return null;
    }
}
