using DesaBinaan.Core.Inmates;

namespace DesaBinaan.Core.Testing;

/// <summary>
/// Starts an <see cref="InmateBuilder"/>: an inmate's profile with lawful, documented defaults, so that a test states
/// only what matters to it, such as
/// <c>AnInmate.ConvictedOf(OffenceCategory.Narcotics).Sentenced("6y").ServedTwoThirdsOn(new LocalDate(2026, 3, 1))</c>.
/// </summary>
/// <remarks>
/// <para>The defaults describe a convict whose file is complete and clean (see <see cref="InmateBuilder"/>): a test
/// of one condition changes that condition only.</para>
/// </remarks>
public static class AnInmate
{
    /// <summary>The default opaque id of a built inmate.</summary>
    public const string DefaultId = "WB-0001";

    /// <summary>Returns a builder of a convict (<i>narapidana</i>) of a general offence, with the defaults of <see cref="InmateBuilder"/>.</summary>
    /// <returns>The builder.</returns>
    public static InmateBuilder Convict() => InmateBuilder.Default;

    /// <summary>Returns a builder of a convict of an offence category, with the defaults of <see cref="InmateBuilder"/>.</summary>
    /// <param name="offence">The offence category; must be defined.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offence"/> is not defined.</exception>
    public static InmateBuilder ConvictedOf(OffenceCategory offence) => InmateBuilder.Default.ConvictedOf(offence);

    /// <summary>Returns a builder of a person in pre-trial detention (<i>tahanan</i>): no verdict, so no sentence and no offence category recorded.</summary>
    /// <returns>The builder.</returns>
    public static InmateBuilder Detainee() => InmateBuilder.Default.WithStatus(LegalStatus.Detainee).WithoutSentence().WithOffenceNotRecorded();

    /// <summary>Returns a builder of a child serving a sentence in an LPKA (<i>anak binaan</i>), born 16 years before the default first day of detention.</summary>
    /// <returns>The builder.</returns>
    public static InmateBuilder Child() => InmateBuilder.Default.WithStatus(LegalStatus.Child).BornOn(ASentence.DefaultFirstDay.PlusYears(-16));

    /// <summary>Returns a builder with nothing recorded but the id and the legal status of a convict: every rule that needs a fact is undetermined.</summary>
    /// <returns>The builder.</returns>
    public static InmateBuilder WithNothingRecorded() => InmateBuilder.Empty;
}
