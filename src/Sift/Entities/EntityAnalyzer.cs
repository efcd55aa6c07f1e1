using Sift.Entities.Ner;
using Sift.Entities.Places;
using Sift.Model;

namespace Sift.Entities;

/// <summary>
/// Adds the entities layer: names from the recognizer, grouped into entities by name variants
/// (<see cref="NameMatcher"/>); titles read off the words before a person's name and from appositions
/// (<see cref="TitleFinder"/>); descriptions bound to an entity with that title or name
/// (<see cref="NominalFinder"/>); pronouns bound to the most salient compatible entity
/// (<see cref="PronounResolver"/>); places put on the map and capitals standing for governments marked
/// as metonymy (<see cref="PlaceLinker"/>).
/// </summary>
public sealed class EntityAnalyzer(EntityRecognizer recognizer, PlaceResolver? places)
{
    /// <summary>True when <see cref="Analyze"/> needs the sentence encoder's vectors of the article.</summary>
    public bool UsesEncoder => recognizer.UsesEncoder;

    /// <param name="vectors">The sentence encoder's vectors of every token, computed once per article by the pipeline; required when <see cref="UsesEncoder"/>.</param>
    public EntityLayer Analyze(Article article, TextLayer text, SyntaxLayer? syntax, Encoder.TokenVectors? vectors = null)
    {
        if (recognizer.UsesEncoder && vectors is null)
            throw new InvalidOperationException("this recognizer reads the sentence encoder's vectors; pass them, or use the fast recognizer");
        var doc = new EntityDocument(article, text, syntax);
        var mentions = FindNames(doc, vectors);
        var entities = NameClusters.Build(doc, mentions);
        EntityTyper.Correct(entities, recognizer.Lists);
        if (places is not null)
            PlaceLinker.RetypePersonShapedPlaces(entities, places);
        TitleFinder.AddTitles(doc, mentions, entities);
        if (places is not null)
            PlaceLinker.Link(doc, mentions, entities, places);
        NominalFinder.Add(doc, mentions, entities, places);
        PronounResolver.Add(doc, mentions, entities);
        return Build(doc, mentions, entities);
    }

    private List<DraftMention> FindNames(EntityDocument doc, Encoder.TokenVectors? vectors)
    {
        var forms = new List<string[]>(doc.Text.Sentences.Count);
        var sentenceVectors = recognizer.UsesEncoder ? new List<float[]>(doc.Text.Sentences.Count) : null;
        foreach (var sentence in doc.Text.Sentences)
        {
            var words = new string[sentence.TokenCount];
            for (var i = 0; i < words.Length; i++)
                words[i] = AsInTraining(doc.Word(sentence.FirstToken + i));
            forms.Add(words);
            if (sentenceVectors is not null)
            {
                // The recognizer learnt from length-normalized vectors (EncoderWords).
                var d = vectors!.Dimensions;
                sentenceVectors.Add(vectors.Scaled.Slice(sentence.FirstToken * d, sentence.TokenCount * d).ToArray());
            }
        }
        var labels = recognizer.Recognize(forms, sentenceVectors);
        var mentions = new List<DraftMention>();
        for (var s = 0; s < labels.Length; s++)
        {
            var first = doc.Text.Sentences[s].FirstToken;
            foreach (var (start, end, type) in NameSpans.Repair(forms[s], NerLabels.Decode(labels[s])))
                mentions.Add(new DraftMention(first + start, first + end - 1, s, MentionKind.Name, NerLabels.Types[type]));
        }
        return mentions;
    }

    /// <summary>The recognizer learnt from ASCII Reuters text: typographic apostrophes and quotes are shown to it as ASCII.</summary>
    private static string AsInTraining(string word) =>
        word.AsSpan().IndexOfAny("’‘“”") < 0 ? word : word.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    private static EntityLayer Build(EntityDocument doc, List<DraftMention> drafts, List<DraftEntity> entities)
    {
        drafts.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last));
        // Entities most mentioned first, then by first mention; ids are positions in that order.
        var mentionCount = new int[entities.Count];
        var firstMention = new int[entities.Count];
        Array.Fill(firstMention, int.MaxValue);
        foreach (var m in drafts)
        {
            if (m.Entity < 0)
                continue;
            mentionCount[m.Entity]++;
            firstMention[m.Entity] = Math.Min(firstMention[m.Entity], m.First);
        }
        var order = Enumerable.Range(0, entities.Count).Where(e => mentionCount[e] > 0)
            .OrderByDescending(e => mentionCount[e]).ThenBy(e => firstMention[e]).ToArray();
        var newId = new int[entities.Count];
        for (var k = 0; k < order.Length; k++)
            newId[order[k]] = k;
        var mentions = new List<Mention>(drafts.Count);
        var byEntity = new List<int>[order.Length];
        for (var k = 0; k < order.Length; k++)
            byEntity[k] = [];
        foreach (var m in drafts)
        {
            if (m.Entity < 0)
                continue;
            var id = newId[m.Entity];
            byEntity[id].Add(mentions.Count);
            var span = new Span(doc.Text.Tokens[m.First].Start, doc.Text.Tokens[m.Last].End);
            mentions.Add(new Mention(span, m.Sentence, m.Kind, entities[m.Entity].Type, id, m.Metonymy));
        }
        var result = new Entity[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var e = entities[order[k]];
            result[k] = new Entity(k, e.Name, e.Type, e.Titles, e.Country, e.Place, byEntity[k]);
        }
        return new EntityLayer(result, mentions);
    }
}

/// <summary>The article as the entity steps read it: token words, sentences, and the syntax layer when there is one.</summary>
internal sealed class EntityDocument(Article article, TextLayer text, SyntaxLayer? syntax)
{
    public Article Article { get; } = article;
    public TextLayer Text { get; } = text;
    public SyntaxLayer? Syntax { get; } = syntax;

    public string Word(int token) => Article.Text[Text.Tokens[token].Start..Text.Tokens[token].End];

    public string Words(int first, int last) => Article.Text[Text.Tokens[first].Start..Text.Tokens[last].End];

    public IReadOnlyList<string> WordList(int first, int last)
    {
        var words = new string[last - first + 1];
        for (var i = first; i <= last; i++)
            words[i - first] = Word(i);
        return words;
    }

    /// <summary>The token of [first, last] whose syntactic head lies outside it (the last token without syntax).</summary>
    public int HeadOf(int first, int last) => Syntax?.HeadOf(first, last + 1) ?? last;

    public string Relation(int token) => Syntax?.Tokens[token].Relation ?? "";
}
