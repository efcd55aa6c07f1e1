using System.Text;
using Sift.Syntax;

namespace Sift.Tests.Syntax;

/// <summary>`sift train syntax` on a tiny treebank: the jobs run side by side, and the files must not depend on it.</summary>
public class SyntaxTrainingTests
{
    // (form, upos, xpos, head, relation) per word.
    private static readonly (string, string, string, int, string)[][] Sentences =
    [
        [("Assad", "PROPN", "NNP", 2, "nsubj"), ("met", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("envoy", "NOUN", "NN", 2, "obj")],
        [("officials", "NOUN", "NNS", 2, "nsubj"), ("praised", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("deal", "NOUN", "NN", 2, "obj")],
        [("the", "DET", "DT", 2, "det"), ("minister", "NOUN", "NN", 3, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("talks", "NOUN", "NNS", 5, "nsubj"), ("resumed", "VERB", "VBD", 3, "ccomp")],
        [("Russia", "PROPN", "NNP", 2, "nsubj"), ("backed", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("plan", "NOUN", "NN", 2, "obj")],
        [("he", "PRON", "PRP", 2, "nsubj"), ("said", "VERB", "VBD", 0, "root"), ("rebels", "NOUN", "NNS", 4, "nsubj"), ("withdrew", "VERB", "VBD", 2, "ccomp")],
        [("Iran", "PROPN", "NNP", 2, "nsubj"), ("hosted", "VERB", "VBD", 0, "root"), ("the", "DET", "DT", 4, "det"), ("talks", "NOUN", "NNS", 2, "obj")],
    ];

    private static string Conllu(int copies)
    {
        var text = new StringBuilder();
        for (var c = 0; c < copies; c++)
        {
            foreach (var sentence in Sentences)
            {
                for (var i = 0; i < sentence.Length; i++)
                {
                    var (form, upos, xpos, head, relation) = sentence[i];
                    text.Append($"{i + 1}\t{form}\t{form.ToLowerInvariant()}\t{upos}\t{xpos}\t_\t{head}\t{relation}\t_\t_\n");
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static Dictionary<string, byte[]> Train(TempFolder temp, string output, int members)
    {
        var options = new SyntaxTrainingOptions(temp.Write("train.conllu", Conllu(5)), temp.Write("dev.conllu", Conllu(1)), temp[output],
            TaggerEpochs: 2, ParserEpochs: 2, ParserMembers: members);
        SyntaxTrainer.Train(options, _ => { });
        return Directory.GetFiles(temp[output]).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }

    [Fact]
    public void Training_twice_writes_the_same_files_and_one_file_per_parser()
    {
        using var temp = new TempFolder();
        var first = Train(temp, "a", members: 5);
        var second = Train(temp, "b", members: 5);
        Assert.Equal(["lemmatizer.bin", "parser-2.bin", "parser-3.bin", "parser-rtl-2.bin", "parser-rtl.bin", "parser.bin", "tagger.bin"], first.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[file]), $"{file} differs between two runs");
        Assert.Equal(5, ParserEnsemble.Load(temp["a"]).Members);
    }

    [Fact]
    public void Retraining_with_one_parser_removes_the_other_members()
    {
        using var temp = new TempFolder();
        Train(temp, "a", members: 3);
        var files = Train(temp, "a", members: 1);
        Assert.Equal(["lemmatizer.bin", "parser.bin", "tagger.bin"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, SyntaxModels.Load(temp["a"]).Parser.Members);
    }
}
