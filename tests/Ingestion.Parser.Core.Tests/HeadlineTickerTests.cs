using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class HeadlineTickerTests
{
    [Theory]
    [InlineData("Breaking Egypt court orders release of former president • Obama weighs options on Syria • Floods kill 30 in Pakistan")]
    [InlineData("ÚLTIMA HORA Lavrov defiende nuevas sanciones · Mas negocia nuevas sanciones · Lavrov negocia nuevas sanciones · Kerry negocia el IVA cultural")]
    public void Headlines_parted_by_bullets_or_middle_dots_are_a_ticker(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Theory]
    // A sentence that happens to hold middle dots stays: its parts end sentences or are too short to be headlines.
    [InlineData("The menu lists soup · bread · cheese, and the owners say the kitchen will stay open until the last customer has gone home.")]
    [InlineData("Das Treffen dauerte knapp zwei Stunden · Moskau lehnt jeden Automatismus ab. · Washington besteht auf Kapitel VII der Charta.")]
    public void A_sentence_with_middle_dots_is_no_ticker(string line) => Assert.False(BoilerplateFilter.IsBoilerplate(line));
}
