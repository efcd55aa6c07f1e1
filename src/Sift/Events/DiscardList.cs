namespace Sift.Events;

/// <summary>
/// PETRARCH-2 discards: phrases that stop a sentence from being coded ("BASEBALL"), or the whole story
/// when the line starts with "+" ("+TYPHOON").
/// </summary>
public sealed class DiscardList
{
    private readonly List<(string[] Words, bool Story)> _phrases = [];
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    public int Count => _phrases.Count;

    public static DiscardList Load(string path)
    {
        var list = new DiscardList();
        foreach (var line in DictionaryText.Lines(path))
        {
            var text = line.Trim();
            var story = text.StartsWith('+');
            var words = DictionaryText.Words(story ? text[1..] : text);
            if (words.Length == 0)
                continue;
            if (!list._byFirstWord.TryGetValue(words[0], out var indices))
                list._byFirstWord[words[0]] = indices = [];
            indices.Add(list._phrases.Count);
            list._phrases.Add((words, story));
        }
        return list;
    }

    /// <summary>Whether the words hold a discard phrase: (sentence discarded, story discarded).</summary>
    public (bool Sentence, bool Story) Find(IReadOnlyList<string> words)
    {
        var sentence = false;
        var story = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var indices))
                continue;
            foreach (var index in indices)
            {
                var (phrase, isStory) = _phrases[index];
                if (i + phrase.Length > words.Count)
                    continue;
                var ok = true;
                for (var k = 1; k < phrase.Length && ok; k++)
                    ok = words[i + k] == phrase[k];
                if (!ok)
                    continue;
                if (isStory)
                    story = true;
                else
                    sentence = true;
            }
        }
        return (sentence, story);
    }
}
