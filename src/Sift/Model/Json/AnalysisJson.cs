using System.Globalization;
using System.Text.Json;

namespace Sift.Model.Json;

/// <summary>Maps an <see cref="Analysis"/> onto the "sift/1" JSON contract and writes it.</summary>
public static class AnalysisJson
{
    private static readonly string[] TokenKindNames = Enum.GetNames<TokenKind>().Select(Camel).ToArray();
    private static readonly string[] CreditKindNames = Enum.GetNames<CreditKind>().Select(Camel).ToArray();
    private static readonly string[] MentionKindNames = Enum.GetNames<MentionKind>().Select(Camel).ToArray();
    private static readonly string[] AnchorSourceNames = Enum.GetNames<AnchorSource>().Select(Camel).ToArray();
    private static readonly string[] ParagraphKindNames = Enum.GetNames<ParagraphKind>().Select(Camel).ToArray();

    public static string Serialize(Analysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(ToDocument(analysis),
            (indented ? SiftJsonContext.Indented : SiftJsonContext.Compact).AnalysisDocument);

    public static AnalysisDocument ToDocument(Analysis analysis)
    {
        var article = analysis.Article;
        var text = article.Text;
        var meta = article.Metadata;
        return new AnalysisDocument(
            Analysis.Schema,
            new ArticleDto(
                article.Source,
                meta.Title,
                meta.Url,
                meta.Site,
                meta.Published is { } published ? Day(published) : null,
                meta.Language,
                meta.Byline,
                article.TitleSpan is { } title ? SpanOf(text, title) : null,
                text.Length,
                text),
            ToDto(text, analysis.Text),
            analysis.Syntax is { } syntax ? ToDto(syntax) : null,
            analysis.Entities is { } entities ? ToDto(text, entities) : null,
            analysis.Attributions is { } attributions ? ToDto(text, attributions, analysis.Entities) : null,
            analysis.Time is { } time ? ToDto(text, time) : null,
            analysis.Framing is { } framing ? WithVoices(ToDto(text, framing), analysis) : null,
            analysis.Events is { } events ? WithVoices(ToDto(text, events), analysis) : null,
            analysis.Provenance is { } provenance ? ToDto(text, provenance) : null,
            analysis.Warnings);
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static SpanDto SpanOf(string text, Span span) => new(span.Start, span.End, text[span.Start..span.End]);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static EntityLayerDto ToDto(string text, EntityLayer layer)
    {
        var entities = new EntityDto[layer.Entities.Count];
        for (var i = 0; i < entities.Length; i++)
        {
            var e = layer.Entities[i];
            var place = e.Place is { } p ? new PlaceDto(p.Name, p.Kind, p.CountryCode, p.Country, p.Latitude, p.Longitude, p.GeonameId) : null;
            entities[i] = new EntityDto(e.Id, e.Name, e.Type, e.Titles, e.Country, place, e.Mentions);
        }
        var mentions = new MentionDto[layer.Mentions.Count];
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = layer.Mentions[i];
            mentions[i] = new MentionDto(m.Span.Start, m.Span.End, text[m.Span.Start..m.Span.End], m.Sentence,
                MentionKindNames[(int)m.Kind], m.Type, m.Entity, m.Metonymy ? true : null);
        }
        return new EntityLayerDto(entities, mentions);
    }

    private static EventLayerDto ToDto(string text, EventLayer layer)
    {
        var events = new EventDto[layer.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var e = layer.Events[i];
            var place = e.Place is { } p
                ? new EventPlaceDto(p.Name, p.Span is { } ps ? SpanOf(text, ps) : null, p.Entity,
                    p.Place is { } g ? new PlaceDto(g.Name, g.Kind, g.CountryCode, g.Country, g.Latitude, g.Longitude, g.GeonameId) : null, p.Basis)
                : null;
            events[i] = new EventDto(SpanOf(text, e.Evidence), e.Sentence, SpanOf(text, e.Verb), ToDto(text, e.Source), ToDto(text, e.Target),
                e.Code, e.Label, e.RootCode, e.Goldstein, e.QuadClass, e.IsRootEvent, e.Date, e.DateBasis, place,
                e.InformationSource is { } speaker ? ToDto(text, speaker) : null);
        }
        return new EventLayerDto(events);
    }

    private static EventActorDto ToDto(string text, EventActor actor) =>
        new(actor.Code, actor.Span.IsEmpty ? null : SpanOf(text, actor.Span), actor.Entity);

    private static TimeLayerDto ToDto(string text, TimeLayer layer)
    {
        var expressions = new TimeExpressionDto[layer.Expressions.Count];
        for (var i = 0; i < expressions.Length; i++)
        {
            var e = layer.Expressions[i];
            expressions[i] = new TimeExpressionDto(e.Span.Start, e.Span.End, text[e.Span.Start..e.Span.End], e.Sentence,
                e.Type, e.Value, e.Mod, e.Anchor is { } a ? Day(a) : null);
        }
        return new TimeLayerDto(layer.Anchor is { } anchor ? Day(anchor) : null, AnchorSourceNames[(int)layer.AnchorSource], expressions);
    }

    private static FramingLayerDto ToDto(string text, FramingLayer layer)
    {
        var techniques = new TechniqueDto[layer.Techniques.Count];
        for (var i = 0; i < techniques.Length; i++)
        {
            var t = layer.Techniques[i];
            techniques[i] = new TechniqueDto(t.Span.Start, t.Span.End, text[t.Span.Start..t.Span.End], t.Sentence, t.Technique,
                R(t.Confidence));
        }
        var tone = layer.Tone;
        var d = tone.Document;
        var sentences = new SentenceToneDto[tone.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = tone.Sentences[i];
            sentences[i] = new SentenceToneDto(s.Sentence, R(s.Compound), R(s.Positive), R(s.Negative), R(s.Neutral), R(s.Intensity));
        }
        var words = new ToneWordDto[tone.Words.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var w = tone.Words[i];
            words[i] = new ToneWordDto(w.Span.Start, w.Span.End, text[w.Span.Start..w.Span.End], w.Sentence, R(w.Lexicon), R(w.Valence), RuleNames(w.Rules));
        }
        var loaded = new LoadedTermDto[layer.LoadedTerms.Count];
        for (var i = 0; i < loaded.Length; i++)
        {
            var t = layer.LoadedTerms[i];
            loaded[i] = new LoadedTermDto(t.Span.Start, t.Span.End, text[t.Span.Start..t.Span.End], SpanOf(text, t.Word), t.Sentence,
                LoadedBasisNames[(int)t.Basis], t.Evidence?.Inside, t.Evidence?.Uses);
        }
        return new FramingLayerDto(layer.Words, layer.LoadedLanguagePer100Words, techniques, loaded,
            new ToneDto(new ToneFiguresDto(R(d.Compound), R(d.Positive), R(d.Negative), R(d.Neutral), R(d.Intensity)), d.ScoredSentences, sentences, words));
    }

    private static double R(double value) => Math.Round(value, 4);

    private static readonly string[] AttributionKindNames = Enum.GetNames<AttributionKind>().Select(Camel).ToArray();

    private static readonly string[] LoadedBasisNames = Enum.GetNames<LoadedBasis>().Select(Camel).ToArray();

    private static AttributionLayerDto ToDto(string text, AttributionLayer layer, EntityLayer? entities)
    {
        var result = new AttributionDto[layer.Attributions.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var a = layer.Attributions[i];
            var content = new SpanDto[a.Content.Count];
            for (var k = 0; k < content.Length; k++)
                content[k] = SpanOf(text, a.Content[k]);
            result[i] = new AttributionDto(a.Source is { } s ? SpanOf(text, s) : null, SpanOf(text, a.Cue), a.CueLemma, content,
                AttributionKindNames[(int)a.Kind], a.Sentence, SpeakerOf(entities, a.Speaker), a.Group?.Select(id => SpeakerOf(entities, id)).OfType<SpeakerDto>().ToArray(),
                a.DescribedBy is { } d ? SpanOf(text, d) : null);
        }
        return new AttributionLayerDto(result, layer.NarratorSentences);
    }

    private static SpeakerDto? SpeakerOf(EntityLayer? entities, int? id) =>
        id is { } entity && entities?.Find(entity) is { } e ? new SpeakerDto(e.Id, e.Name, e.Type, e.Titles.Count > 0 ? e.Titles[0] : null) : null;

    /// <summary>Each technique span's voice: the narrator's, or the speaker's whose attributed content contains it.</summary>
    private static FramingLayerDto WithVoices(FramingLayerDto framing, Analysis analysis)
    {
        if (analysis.Attributions is not { } attributions)
            return framing;
        var techniques = new TechniqueDto[framing.Techniques.Count];
        for (var i = 0; i < techniques.Length; i++)
        {
            var t = framing.Techniques[i];
            techniques[i] = t with { Voice = VoiceOf(attributions, analysis, new Span(t.Start, t.End)) };
        }
        var loaded = new LoadedTermDto[framing.LoadedTerms.Count];
        for (var i = 0; i < loaded.Length; i++)
        {
            var t = framing.LoadedTerms[i];
            loaded[i] = t with { Voice = VoiceOf(attributions, analysis, new Span(t.Start, t.End)) };
        }
        return framing with { Techniques = techniques, LoadedTerms = loaded };
    }

    private static EventLayerDto WithVoices(EventLayerDto layer, Analysis analysis)
    {
        if (analysis.Attributions is not { } attributions)
            return layer;
        var events = new EventDto[layer.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var e = layer.Events[i];
            events[i] = e with { Voice = VoiceOf(attributions, analysis, new Span(e.Verb.Start, e.Verb.End)) };
        }
        return layer with { Events = events };
    }

    /// <summary>The narrator, or the speaker whose attributed content holds <paramref name="span"/>.</summary>
    private static VoiceDto VoiceOf(AttributionLayer attributions, Analysis analysis, Span span)
    {
        var voice = attributions.VoiceOf(span);
        return new VoiceDto(attributions.NameOf(voice, analysis.Entities, analysis.Article.Text), voice.Attribution, voice.Speaker);
    }

    private static string[] RuleNames(ToneRules rules)
    {
        if (rules == ToneRules.None)
            return [];
        var names = new List<string>(2);
        foreach (var rule in ToneRuleValues)
        {
            if (rule != ToneRules.None && (rules & rule) == rule)
                names.Add(Camel(rule.ToString()));
        }
        return [.. names];
    }

    private static readonly ToneRules[] ToneRuleValues = Enum.GetValues<ToneRules>();

    private static SyntaxLayerDto ToDto(SyntaxLayer layer)
    {
        var tokens = new TokenSyntaxDto[layer.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = layer.Tokens[i];
            tokens[i] = new TokenSyntaxDto(t.Upos, t.Xpos, t.Lemma, t.Head, t.Relation);
        }
        return new SyntaxLayerDto(tokens);
    }

    private static TextLayerDto ToDto(string text, TextLayer layer)
    {
        var paragraphs = new ParagraphDto[layer.Paragraphs.Count];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var p = layer.Paragraphs[i];
            paragraphs[i] = new ParagraphDto(p.Start, p.End, text[p.Start..p.End], ParagraphKindNames[(int)p.Kind], p.FirstSentence, p.SentenceCount);
        }
        var sentences = new SentenceDto[layer.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = layer.Sentences[i];
            sentences[i] = new SentenceDto(s.Start, s.End, text[s.Start..s.End], s.Paragraph, s.FirstToken, s.TokenCount);
        }
        var tokens = new TokenDto[layer.Tokens.Count];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = layer.Tokens[i];
            tokens[i] = new TokenDto(t.Start, t.End, text[t.Start..t.End], TokenKindNames[(int)t.Kind]);
        }
        return new TextLayerDto(paragraphs.Length, sentences.Length, tokens.Length, paragraphs, sentences, tokens);
    }

    private static ProvenanceDto ToDto(string text, ProvenanceLayer layer)
    {
        var credits = layer.Credits.Select(c => new CreditDto(
            c.Span.Start, c.Span.End, text[c.Span.Start..c.Span.End], CreditKindNames[(int)c.Kind],
            SpanOf(text, c.Outlet), c.OutletName, c.CanonicalName, c.Domain, ToDto(c.Records))).ToArray();
        var dateline = layer.Dateline is { } d
            ? new DatelineDto(d.Span.Start, d.Span.End, text[d.Span.Start..d.Span.End], SpanOf(text, d.Place), d.Agency)
            : null;
        return new ProvenanceDto(
            layer.IsRepublished,
            layer.OriginalSource?.OutletName,
            layer.OriginalSource?.CanonicalName,
            layer.OriginalSource?.Domain,
            credits,
            dateline,
            new SiteRecordDto(layer.SiteDomain, ToDto(layer.SiteRecords)));
    }

    private static ListRecordDto[] ToDto(IReadOnlyList<SourceListRecord> records) =>
        records.Select(r => new ListRecordDto(r.List, r.Domain,
            new OrderedLabels(r.Labels))).ToArray();

    /// <summary>Labels in the order the list defines them, so the JSON is byte-identical run to run.</summary>
    private sealed class OrderedLabels(IReadOnlyList<KeyValuePair<string, string>> labels) : IReadOnlyDictionary<string, string>
    {
        public string this[string key] => labels.First(l => l.Key == key).Value;
        public IEnumerable<string> Keys => labels.Select(l => l.Key);
        public IEnumerable<string> Values => labels.Select(l => l.Value);
        public int Count => labels.Count;
        public bool ContainsKey(string key) => labels.Any(l => l.Key == key);
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => labels.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public bool TryGetValue(string key, out string value)
        {
            foreach (var l in labels)
            {
                if (l.Key == key)
                {
                    value = l.Value;
                    return true;
                }
            }
            value = "";
            return false;
        }
    }
}
