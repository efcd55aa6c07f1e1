using Sift.Learning;

namespace Sift.Syntax;

/// <summary>Trains the tagger on train for up to a number of epochs and keeps the epoch best on dev.</summary>
internal static class TaggerTrainer
{
    public static PosTagger Train(List<TreebankSentence> train, List<TreebankSentence> dev, LabelSet tags, int epochs,
        Action<string> log, Action<double>? progress = null)
    {
        var ambiguity = AmbiguityClasses.Learn(train.SelectMany(s => s.Forms.Zip(s.Tags)));
        var perceptron = new AveragedPerceptron(tags.Count);
        var hashes = new WordHashes();
        var features = new FeatureBuffer(64);
        var scores = new float[tags.Count];
        var random = new Random(20260101);
        PosTagger? best = null;
        var bestAccuracy = -1.0;
        var guessed = new int[256];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = Treebank.Shuffled(train.Count, random);
            int correct = 0, total = 0;
            for (var k = 0; k < order.Length; k++)
            {
                var s = train[order[k]];
                hashes.Fill(s.Forms);
                if (guessed.Length < s.Forms.Length)
                    guessed = new int[s.Forms.Length * 2];
                for (var i = 0; i < s.Forms.Length; i++)
                {
                    TaggerFeatures.Extract(hashes, ambiguity, guessed, i, features);
                    perceptron.Score(features.Items, scores);
                    var guess = LinearModel.ArgMax(scores);
                    perceptron.Update(features.Items, s.Tags[i], guess);
                    perceptron.Tick();
                    guessed[i] = guess;
                    if (guess == s.Tags[i]) correct++;
                    total++;
                }
                if ((k & 511) == 0)
                    progress?.Invoke((epoch - 1 + (double)k / order.Length) / epochs);
            }
            var tagger = new PosTagger(perceptron.Freeze(), tags, ambiguity);
            var accuracy = Accuracy(tagger, dev);
            log($"tagger epoch {epoch}: train {100.0 * correct / total:0.00}%, dev UPOS+XPOS {100 * accuracy:0.00}%");
            if (accuracy > bestAccuracy)
            {
                bestAccuracy = accuracy;
                best = tagger;
            }
        }
        return best!;
    }

    public static double Accuracy(PosTagger tagger, List<TreebankSentence> sentences)
    {
        int correct = 0, total = 0;
        var tags = new int[256];
        foreach (var s in sentences)
        {
            if (tags.Length < s.Forms.Length)
                tags = new int[s.Forms.Length * 2];
            tagger.Tag(s.Forms, tags);
            for (var i = 0; i < s.Forms.Length; i++)
            {
                if (tags[i] == s.Tags[i]) correct++;
                total++;
            }
        }
        return (double)correct / total;
    }
}
