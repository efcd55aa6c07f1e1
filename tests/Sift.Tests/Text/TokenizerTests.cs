using Sift.Model;
using Sift.Text;

namespace Sift.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string s) => Tokenizer.Tokenize(s).Select(t => s[t.Start..t.End]).ToArray();

    private static (string, TokenKind)[] WithKinds(string s) => Tokenizer.Tokenize(s).Select(t => (s[t.Start..t.End], t.Kind)).ToArray();

    [Fact]
    public void Possessive_apostrophes_are_clitics_not_quotes()
    {
        Assert.Equal(
            [("Syria", TokenKind.Word), ("’s", TokenKind.Clitic), ("Assad", TokenKind.Word), ("says", TokenKind.Word),
             ("terrorists", TokenKind.Word), ("’", TokenKind.Clitic), ("plot", TokenKind.Word)],
            WithKinds("Syria’s Assad says terrorists’ plot"));
    }

    [Fact]
    public void Single_quoted_words_close_their_quote()
    {
        Assert.Equal(
            [("could", TokenKind.Word), ("be", TokenKind.Word), ("'", TokenKind.Quote), ("stronger", TokenKind.Word),
             ("'", TokenKind.Quote), (":", TokenKind.Punctuation), ("WHO", TokenKind.Word)],
            WithKinds("could be 'stronger': WHO"));
        // A quoted word ending in s closes the open quote rather than taking a possessive.
        Assert.Equal(TokenKind.Quote, Tokenizer.Tokenize("the ‘rebels’ left").Last(t => t.End - t.Start == 1 && t.Start > 4).Kind);
    }

    [Fact]
    public void Hyphenated_names_stay_whole()
    {
        Assert.Equal(["Bashar", "al-Assad", "and", "Jabhat", "Fateh", "al-Sham", ",", "foreign-backed", "militancy"],
            Texts("Bashar al-Assad and Jabhat Fateh al-Sham, foreign-backed militancy"));
    }

    [Fact]
    public void Abbreviations_keep_their_period()
    {
        Assert.Equal(
            [("U.S.", TokenKind.Abbreviation), ("Gen.", TokenKind.Abbreviation), ("Joseph", TokenKind.Word),
             ("F.", TokenKind.Abbreviation), ("Dunford", TokenKind.Word), ("said", TokenKind.Word), (".", TokenKind.Punctuation)],
            WithKinds("U.S. Gen. Joseph F. Dunford said."));
        Assert.Equal(["in", "2011", "."], Texts("in 2011."));
    }

    [Fact]
    public void Numbers_dates_and_times_are_single_tokens()
    {
        Assert.Equal(["1,000.50", "3.5", "%", "$", "5", "2017-08-30", "30/08/2017", "10:30", "19th"],
            Texts("1,000.50 3.5% $5 2017-08-30 30/08/2017 10:30 19th"));
        Assert.All(Tokenizer.Tokenize("2017-08-30 10:30"), t => Assert.Equal(TokenKind.Number, t.Kind));
    }

    [Fact]
    public void Urls_and_emails_leave_trailing_punctuation_out()
    {
        Assert.Equal(
            [("See", TokenKind.Word), ("https://www.presstv.com/Detail/2017/08/30/533.html", TokenKind.Url), (".", TokenKind.Punctuation),
             ("Write", TokenKind.Word), ("to", TokenKind.Word), ("editor@example.co.uk", TokenKind.Email), (",", TokenKind.Punctuation),
             ("(", TokenKind.Punctuation), ("www.example.org", TokenKind.Url), (")", TokenKind.Punctuation)],
            WithKinds("See https://www.presstv.com/Detail/2017/08/30/533.html. Write to editor@example.co.uk, (www.example.org)"));
    }

    [Fact]
    public void Emoji_sequences_are_one_token()
    {
        // thumbs up with a skin tone; a family joined by ZWJ; the flag of Syria from two regional indicators.
        var text = "Great 👍🏽 news 👨‍👩‍👧 🇸🇾!";
        Assert.Equal(
            [("Great", TokenKind.Word), ("👍🏽", TokenKind.Emoji), ("news", TokenKind.Word), ("👨‍👩‍👧", TokenKind.Emoji),
             ("🇸🇾", TokenKind.Emoji), ("!", TokenKind.Punctuation)],
            WithKinds(text));
    }

    [Fact]
    public void Contractions_split_as_treebanks_do()
    {
        Assert.Equal(["do", "n't", "ca", "n't", "they", "'re", "I", "’m", "O’Brien", "'s"], Texts("don't can't they're I’m O’Brien's"));
    }

    [Fact]
    public void Hashtags_mentions_and_dashes()
    {
        Assert.Equal(
            [("#Syria", TokenKind.Hashtag), ("@presstv", TokenKind.Mention), ("—", TokenKind.Punctuation), ("...", TokenKind.Punctuation),
             ("“", TokenKind.Quote), ("serious", TokenKind.Word), ("negotiation", TokenKind.Word), ("”", TokenKind.Quote)],
            WithKinds("#Syria @presstv — ... “serious negotiation”"));
    }

    [Fact]
    public void Tokens_cover_every_visible_character_of_every_PTC_article()
    {
        var folder = Path.Combine(DataLocator.Require("ptc/train"), "articles");
        var files = Directory.GetFiles(folder, "*.txt");
        Assert.Equal(371, files.Length);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var tokens = Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start, $"{file}: token {token} overlaps or is empty");
                for (var i = previousEnd; i < token.Start; i++)
                    Assert.True(Tokenizer.IsSpace(text[i]), $"{file}: character {i} ({(int)text[i]:X4}) fell between tokens");
                previousEnd = token.End;
            }
            for (var i = previousEnd; i < text.Length; i++)
                Assert.True(Tokenizer.IsSpace(text[i]), $"{file}: trailing character {i} dropped");
        }
    }
}
