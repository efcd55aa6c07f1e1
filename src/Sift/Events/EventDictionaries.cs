namespace Sift.Events;

/// <summary>
/// Everything the coder reads: verbs, actors, agents and discards (PETRARCH-2 format), CAMEO labels and
/// Goldstein values (GDELT), and country codes. Built once, shared by threads.
/// </summary>
public sealed class EventDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents, DiscardList discards, CameoCodes cameo, CountryCodes countries)
{
    public VerbDictionary Verbs { get; } = verbs;
    public ActorDictionary Actors { get; } = actors;
    public AgentDictionary Agents { get; } = agents;
    public DiscardList Discards { get; } = discards;
    public CameoCodes Cameo { get; } = cameo;
    public CountryCodes Countries { get; } = countries;

    /// <summary>
    /// What stands for the unknown country of a role-only actor: "" for news (GDELT writes "GOV" alone),
    /// "---" for the PETRARCH unit tests ("---EDU").
    /// </summary>
    public string UnknownCountry { get; init; } = "";

    private static readonly Lazy<EventDictionaries> Phoenix = new(() => LoadPhoenix(DataLocator.Require("events")));

    /// <summary>The dictionaries PETRARCH-2 codes news with (PETR_config.ini): CAMEO.2.0 verbs, the Phoenix actors, agents and discards.</summary>
    public static EventDictionaries Default => Phoenix.Value;

    /// <summary>Reads the Phoenix set from an events folder laid out like shared/data/events.</summary>
    public static EventDictionaries LoadPhoenix(string eventsFolder)
    {
        var p = Path.Combine(eventsFolder, "petrarch2");
        return new EventDictionaries(
            VerbDictionary.Load(Path.Combine(p, "CAMEO.2.0.txt")),
            ActorDictionary.Load(Path.Combine(p, "Phoenix.Countries.actors.txt"), Path.Combine(p, "Phoenix.International.actors.txt"), Path.Combine(p, "Phoenix.MilNonState.actors.txt")),
            AgentDictionary.Load(Path.Combine(p, "Phoenix.agents.txt")),
            DiscardList.Load(Path.Combine(p, "Phoenix.discards.txt")),
            CameoCodes.Load(Path.Combine(eventsFolder, "gdelt-lookups")),
            LoadCountries());
    }

    /// <summary>The validation set of the PETRARCH unit tests (PETR.Validate.*.txt in <paramref name="folder"/>), with GDELT's lookups when found.</summary>
    public static EventDictionaries LoadValidate(string folder)
    {
        var lookups = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd('/', '\\')) ?? folder, "gdelt-lookups");
        return new EventDictionaries(
            VerbDictionary.Load(Path.Combine(folder, "PETR.Validate.verbs.txt")),
            ActorDictionary.Load(Path.Combine(folder, "PETR.Validate.actors.txt")),
            AgentDictionary.Load(Path.Combine(folder, "PETR.Validate.agents.txt")),
            DiscardList.Load(Path.Combine(folder, "PETR.Validate.discards.txt")),
            Directory.Exists(lookups) ? CameoCodes.Load(lookups) : CameoCodes.Empty,
            CountryCodes.Empty) { UnknownCountry = "---" };
    }

    private static CountryCodes LoadCountries() =>
        DataLocator.Find(Path.Combine("gazetteer", "countryInfo.txt")) is { } path && File.Exists(path) ? CountryCodes.Load(path) : CountryCodes.Empty;
}
