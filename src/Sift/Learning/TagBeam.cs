namespace Sift.Learning;

/// <summary>
/// Beam search over one sentence's tags for a left-to-right tagger whose features read the tags before
/// each token: token by token, each kept hypothesis offers its extensions, and the best
/// <see cref="Width"/> of them are kept (an earlier offer wins a tie). Hypotheses are kept as a tag and
/// a pointer to the hypothesis they extend, so nothing is copied; <see cref="Best"/> walks back along the
/// best one. One instance serves any number of sentences; not thread-safe.
/// </summary>
public sealed class TagBeam
{
    private float[] _score = [], _extra = [], _offerScore = [], _offerExtra = [];
    private int[] _tag = [], _parent = [], _kept = [], _offerTag = [], _offerParent = [];
    private int _offers;

    public int Width { get; private set; }

    /// <param name="tokens">the sentence's length</param>
    /// <param name="width">hypotheses kept per token</param>
    /// <param name="classes">tags a hypothesis can be extended with</param>
    public void Start(int tokens, int width, int classes)
    {
        Width = width;
        if (_score.Length < tokens * width)
            (_score, _extra, _tag, _parent) = (new float[tokens * width], new float[tokens * width], new int[tokens * width], new int[tokens * width]);
        if (_kept.Length < tokens)
            _kept = new int[tokens];
        if (_offerScore.Length < width * classes)
            (_offerScore, _offerExtra, _offerTag, _offerParent) = (new float[width * classes], new float[width * classes], new int[width * classes], new int[width * classes]);
        _offers = 0;
    }

    /// <summary>The hypotheses that token <paramref name="k"/> extends (one, the empty one, for the first token).</summary>
    public int Hypotheses(int k) => k == 0 ? 1 : _kept[k - 1];

    /// <summary>Hypothesis <paramref name="h"/> before token <paramref name="k"/>: its score and its last two tags (<paramref name="none"/> before the sentence).</summary>
    public (float Score, int Prev, int Prev2) History(int k, int h, int none)
    {
        if (k == 0)
            return (0f, none, none);
        var slot = (k - 1) * Width + h;
        return (_score[slot], _tag[slot], k < 2 ? none : _tag[(k - 2) * Width + _parent[slot]]);
    }

    /// <summary>Offers hypothesis <paramref name="parent"/> extended with <paramref name="tag"/>; <paramref name="extra"/> rides along (a confidence).</summary>
    public void Offer(float score, int tag, int parent, float extra = 0f)
    {
        (_offerScore[_offers], _offerTag[_offers], _offerParent[_offers], _offerExtra[_offers]) = (score, tag, parent, extra);
        _offers++;
    }

    /// <summary>Keeps the best offers as token <paramref name="k"/>'s hypotheses, best first.</summary>
    public void Keep(int k)
    {
        var kept = Math.Min(Width, _offers);
        for (var w = 0; w < kept; w++)
        {
            var best = -1;
            for (var c = 0; c < _offers; c++)
            {
                if (_offerTag[c] >= 0 && (best < 0 || _offerScore[c] > _offerScore[best]))
                    best = c;
            }
            var slot = k * Width + w;
            (_score[slot], _tag[slot], _parent[slot], _extra[slot]) = (_offerScore[best], _offerTag[best], _offerParent[best], _offerExtra[best]);
            _offerTag[best] = -1;
        }
        _kept[k] = kept;
        _offers = 0;
    }

    /// <summary>The best hypothesis's tags (and extras) for the first <paramref name="tokens"/> tokens.</summary>
    public void Best(int tokens, Span<int> tags, Span<float> extras = default)
    {
        for (int k = tokens - 1, h = 0; k >= 0; k--)
        {
            var slot = k * Width + h;
            tags[k] = _tag[slot];
            if (!extras.IsEmpty)
                extras[k] = _extra[slot];
            h = _parent[slot];
        }
    }
}
