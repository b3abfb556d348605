namespace DesaBinaan.Core.Sentencing;

/// <summary>
/// The flat copy of one remission granted, as a population's rules read it: its grant day, amount and kind side by side
/// in one array per history (<see cref="SentenceHistory.Grants"/>), so that deciding a person reads one block of memory
/// rather than a remission object per grant.
/// </summary>
/// <param name="Day">The day number of the grant day.</param>
/// <param name="Amount">The amount granted.</param>
/// <param name="Kind">The kind of remission.</param>
internal readonly record struct RemissionGrant(int Day, SentenceTerm Amount, RemissionKind Kind);
