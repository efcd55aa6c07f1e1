using Sift.Model;

namespace Sift.Time;

/// <summary>
/// The tense of the clause a time expression attaches to, read from the dependency tree: up from the
/// expression's head to the nearest verb, then that verb's auxiliaries and form ("will meet", "may be
/// held" → future; "met", "was held", "has met" → past). Unknown when the tree shows no verb or only a
/// present form; the caller then falls back to the word cues around the expression.
/// </summary>
internal static class ClauseTense
{
    public static Tense Of(SyntaxLayer syntax, in Sentence sentence, IReadOnlyList<Token> tokens, Span span)
    {
        var head = HeadOf(syntax, sentence, tokens, span);
        if (head < 0)
            return Tense.Unknown;
        var verb = syntax.Tokens[head].Head;
        // A clause can hang from a noun ("talks on Monday"), so walk up to the first verb.
        for (var hops = 0; verb >= 0 && !IsVerb(syntax.Tokens[verb]) && hops < 4; hops++)
            verb = syntax.Tokens[verb].Head;
        // "planned a rally on Saturday", "scheduled a news conference Thursday": what is planned lies ahead.
        // A participle modifying a noun ("a service planned for Saturday was canceled") is no plan of the clause.
        if (verb >= 0 && syntax.Tokens[verb].Relation is not ("acl" or "amod") && TenseGuesser.PlanVerbs.Contains(syntax.Tokens[verb].Lemma))
            return Tense.Future;
        for (var hops = 0; verb >= 0 && hops < 3; hops++)
        {
            var tense = OfVerb(syntax, sentence, verb);
            if (tense != Tense.Unknown)
                return tense;
            // An infinitive takes its tense from the verb above, unless that verb looks ahead ("planned
            // to leave on Thursday", "is set to resume Monday", "is to resume Tuesday"): then it is future.
            var v = syntax.Tokens[verb];
            if (v.Xpos != "VB" || v.Relation is not ("xcomp" or "advcl"))
                break;
            verb = v.Head;
            if (v.Relation == "xcomp" && verb >= 0 && TenseGuesser.AheadVerbs.Contains(syntax.Tokens[verb].Lemma))
                return Tense.Future;
        }
        return Tense.Unknown;
    }

    /// <summary>The token of the expression whose head lies outside it.</summary>
    private static int HeadOf(SyntaxLayer syntax, in Sentence sentence, IReadOnlyList<Token> tokens, Span span)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (tokens[i].End <= span.Start || tokens[i].Start >= span.End)
                continue;
            var h = syntax.Tokens[i].Head;
            if (h < 0 || tokens[h].End <= span.Start || tokens[h].Start >= span.End)
                return i;
        }
        return -1;
    }

    private static bool IsVerb(in TokenSyntax t) => t.Upos is "VERB" or "AUX";

    private static Tense OfVerb(SyntaxLayer syntax, in Sentence sentence, int verb)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        var sawPresentAux = false;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            var t = syntax.Tokens[i];
            if (t.Head != verb || t.Relation is not ("aux" or "aux:pass"))
                continue;
            switch (t.Lemma)
            {
                case "will" or "shall" or "may" or "might" or "would":
                    return Tense.Future;
                case "have" when t.Xpos is "VBZ" or "VBP" or "VBD":
                    return Tense.Past; // "has met on Monday" is a past event
            }
            if (t.Xpos == "VBD")
                return Tense.Past;
            if (t.Xpos is "VBZ" or "VBP")
                sawPresentAux = true;
        }
        var self = syntax.Tokens[verb];
        if (self.Xpos == "VBD" && !sawPresentAux)
            return Tense.Past;
        return Tense.Unknown;
    }
}
