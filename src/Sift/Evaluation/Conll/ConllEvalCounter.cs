namespace Sift.Evaluation.Conll;

/// <summary>
/// conlleval's counting loop, token by token: a chunk is correct when gold and prediction start it on the
/// same token with the same type and both end it on the same token. Feed tags with <see cref="Add"/>
/// and call <see cref="EndSentence"/> where conlleval would read a blank line.
/// </summary>
public sealed class ConllEvalCounter
{
    private readonly Dictionary<string, int> _correctByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _goldByType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _predictedByType = new(StringComparer.Ordinal);
    private int _correct, _gold, _predicted, _tokens, _correctTokens;
    private bool _inCorrect;
    private string _lastGold = "O", _lastGoldType = "", _lastPredicted = "O", _lastPredictedType = "";

    public void Add(string goldTag, string predictedTag)
    {
        var (gold, goldType) = ConllChunks.Split(goldTag);
        var (predicted, predictedType) = ConllChunks.Split(predictedTag);
        Step(gold, goldType, predicted, predictedType);
        _tokens++;
        if (gold == predicted && goldType == predictedType)
            _correctTokens++;
    }

    /// <summary>A sentence boundary: conlleval reads it as a token tagged O in both columns that is not counted.</summary>
    public void EndSentence() => Step("O", "", "O", "");

    public ConllScore Result()
    {
        var correct = _correct;
        var correctByType = new Dictionary<string, int>(_correctByType, StringComparer.Ordinal);
        if (_inCorrect) // conlleval counts a chunk still open at the end of the input
        {
            correct++;
            correctByType[_lastGoldType] = correctByType.GetValueOrDefault(_lastGoldType) + 1;
        }
        var types = _goldByType.Keys.Concat(_predictedByType.Keys).Distinct().Order(StringComparer.Ordinal);
        var perType = types.ToDictionary(t => t, t => PrecisionRecall.FromCounts(
            correctByType.GetValueOrDefault(t), _predictedByType.GetValueOrDefault(t), _goldByType.GetValueOrDefault(t)),
            StringComparer.Ordinal);
        return new ConllScore(PrecisionRecall.FromCounts(correct, _predicted, _gold), perType, _tokens, _correctTokens);
    }

    private void Step(string gold, string goldType, string predicted, string predictedType)
    {
        var goldEnds = ConllChunks.EndsBefore(_lastGold, _lastGoldType, gold, goldType);
        var predictedEnds = ConllChunks.EndsBefore(_lastPredicted, _lastPredictedType, predicted, predictedType);
        var goldStarts = ConllChunks.StartsAt(_lastGold, _lastGoldType, gold, goldType);
        var predictedStarts = ConllChunks.StartsAt(_lastPredicted, _lastPredictedType, predicted, predictedType);

        if (_inCorrect)
        {
            if (goldEnds && predictedEnds && _lastPredictedType == _lastGoldType)
            {
                _inCorrect = false;
                _correct++;
                Increment(_correctByType, _lastGoldType);
            }
            else if (goldEnds != predictedEnds || predictedType != goldType)
            {
                _inCorrect = false;
            }
        }
        if (goldStarts && predictedStarts && predictedType == goldType)
            _inCorrect = true;
        if (goldStarts)
        {
            _gold++;
            Increment(_goldByType, goldType);
        }
        if (predictedStarts)
        {
            _predicted++;
            Increment(_predictedByType, predictedType);
        }
        (_lastGold, _lastGoldType, _lastPredicted, _lastPredictedType) = (gold, goldType, predicted, predictedType);
    }

    private static void Increment(Dictionary<string, int> counts, string type) =>
        counts[type] = counts.GetValueOrDefault(type) + 1;
}
