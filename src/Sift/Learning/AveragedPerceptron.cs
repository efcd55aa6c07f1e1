namespace Sift.Learning;

/// <summary>
/// A multiclass perceptron under training: per feature a sparse row of (class, weight) entries,
/// averaged lazily — each entry remembers when it last changed, and its running total catches up
/// only when it changes again or when the model is frozen. <see cref="Freeze"/> turns it into the
/// read-only <see cref="LinearModel"/> that prediction uses.
/// </summary>
public sealed class AveragedPerceptron(int classes)
{
    private struct Entry
    {
        public int Class;
        public float Weight;
        public int Stamp;
        public double Total;
    }

    private struct Row
    {
        public Entry[] Entries;
        public int Count;
    }

    private readonly Dictionary<ulong, int> _rowOf = [];
    private Row[] _rows = new Row[1024];
    private int _rowCount;
    private int _time;

    public int Classes { get; } = classes;

    public int Features => _rowCount;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_rowOf.TryGetValue(f, out var r))
                continue;
            ref var row = ref _rows[r];
            for (var k = 0; k < row.Count; k++)
                scores[row.Entries[k].Class] += row.Entries[k].Weight;
        }
    }

    /// <summary>Counts one training instance; call once per decision, after any update for it.</summary>
    public void Tick() => _time++;

    /// <summary>The perceptron update: reward <paramref name="truth"/>, penalise <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
            return;
        foreach (var f in features)
        {
            ref var row = ref RowFor(f);
            Add(ref row, truth, 1f);
            Add(ref row, guess, -1f);
        }
    }

    private ref Row RowFor(ulong feature)
    {
        if (!_rowOf.TryGetValue(feature, out var r))
        {
            r = _rowCount++;
            if (r == _rows.Length)
                Array.Resize(ref _rows, _rows.Length * 2);
            _rows[r].Entries = new Entry[2];
            _rowOf[feature] = r;
        }
        return ref _rows[r];
    }

    private void Add(ref Row row, int cls, float delta)
    {
        var k = 0;
        while (k < row.Count && row.Entries[k].Class != cls)
            k++;
        if (k == row.Count)
        {
            if (k == row.Entries.Length)
                Array.Resize(ref row.Entries, k * 2);
            row.Entries[k] = new Entry { Class = cls, Stamp = _time };
            row.Count++;
        }
        ref var e = ref row.Entries[k];
        e.Total += (double)(_time - e.Stamp) * e.Weight;
        e.Stamp = _time;
        e.Weight += delta;
    }

    /// <summary>
    /// The averaged weights as a read-only model, leaving out entries whose magnitude is below
    /// <paramref name="prune"/> (they change almost no decision and would only grow the file).
    /// </summary>
    public LinearModel Freeze(float prune = 0f)
    {
        var time = Math.Max(1, _time);
        var keys = new List<ulong>(_rowCount);
        var starts = new List<int>(_rowCount + 1);
        var classes = new List<ushort>();
        var weights = new List<float>();
        foreach (var (feature, r) in _rowOf.OrderBy(p => p.Key))
        {
            ref var row = ref _rows[r];
            var start = classes.Count;
            for (var k = 0; k < row.Count; k++)
            {
                var e = row.Entries[k];
                // Rounded to half precision here, so what is scored on dev is exactly what the file holds.
                var avg = (float)(Half)((e.Total + (double)(time - e.Stamp) * e.Weight) / time);
                if (Math.Abs(avg) <= prune)
                    continue;
                classes.Add((ushort)e.Class);
                weights.Add(avg);
            }
            if (classes.Count == start)
                continue;
            keys.Add(feature);
            starts.Add(start);
        }
        starts.Add(classes.Count);
        return new LinearModel(Classes, [.. keys], [.. starts], [.. classes], [.. weights]);
    }
}
