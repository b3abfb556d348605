using Ardalis.GuardClauses;
using DesaBinaan.Core.Common;
using DesaBinaan.Core.Eligibility;
using DesaBinaan.Core.Sentencing;

namespace DesaBinaan.Core.Rules;

/// <summary>
/// The values of the conditions of participation in an outside partnership activity (assimilation outside the walls,
/// docs/domain.md §3 and §9) in one policy version: the assimilation settings, whose conditions it includes, and the
/// switch of a minimum-security placement (docs/domain.md §10 point 2: on by default).
/// </summary>
/// <remarks>Equality compares every member.</remarks>
[Immutable]
public sealed record OutsideActivitySettings : RightSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="asimilasi">The assimilation settings the activity's assimilation conditions read; must not be null.</param>
    /// <param name="requireMinimumSecurity">Whether the activity requires a minimum-security placement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="asimilasi"/> is null.</exception>
    public OutsideActivitySettings(AsimilasiSettings asimilasi, bool requireMinimumSecurity = true)
    {
        Guard.Against.Null(asimilasi);
        Asimilasi = asimilasi;
        RequireMinimumSecurity = requireMinimumSecurity;
    }

    /// <summary>Gets the assimilation settings.</summary>
    public AsimilasiSettings Asimilasi { get; init => field = Guard.Against.Null(value, nameof(Asimilasi)); }

    /// <summary>Gets whether the activity requires a minimum-security placement.</summary>
    public bool RequireMinimumSecurity { get; init; }

    /// <summary>Returns the assimilation settings: the conditions of an outside activity include assimilation's.</summary>
    /// <returns>The assimilation settings.</returns>
    public override RightSettings? IncludedSettings() => Asimilasi;

    /// <summary>The minimum-security switch.</summary>
    internal static SettingRead<bool> MinimumSecurity { get; } =
        SettingRead.Of<OutsideActivitySettings, bool>((s, _) => s.RequireMinimumSecurity, ParameterCode.ActivityMinimumSecurity);

    /// <summary>Returns the settings with the minimum-security switch set.</summary>
    /// <param name="required">Whether the activity requires a minimum-security placement.</param>
    /// <returns>New settings.</returns>
    public OutsideActivitySettings WithMinimumSecurity(bool required) => new(Asimilasi, required);

    /// <summary>Returns the settings with other assimilation settings (for example other thresholds for children).</summary>
    /// <param name="asimilasi">The assimilation settings; must not be null.</param>
    /// <returns>New settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="asimilasi"/> is null.</exception>
    public OutsideActivitySettings WithAsimilasi(AsimilasiSettings asimilasi) => new(asimilasi, RequireMinimumSecurity);

    /// <inheritdoc/>
    public override IEnumerable<Fact> Values(CountingConvention convention) =>
        [.. Asimilasi.Values(convention), Fact.OfFlag(ParameterCode.ActivityMinimumSecurity, T("Kegiatan luar: wajib keamanan minimum", "Outside activity: minimum security required"), RequireMinimumSecurity)];
}
