using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class InstitutionAfterBylineCommaTests
{
    [Fact]
    public void The_body_a_writer_works_for_after_the_comma_is_no_second_author()
    {
        Assert.Equal(["Dana Whitfield"], BylineParser.TryRead("By Dana Whitfield, Harbour Arts Foundation"));
        Assert.Equal(["Lena Brandt"], BylineParser.TryRead("Von Lena Brandt, Rheinische Kunststiftung"));
        Assert.Equal(["Tomas Reyes"], BylineParser.TryRead("By Tomas Reyes, Lakeside University"));
    }

    [Fact]
    public void A_second_writer_after_the_comma_is_still_read()
    {
        Assert.Equal(["Dana Whitfield", "Tomas Reyes"], BylineParser.TryRead("By Dana Whitfield, Tomas Reyes"));
    }

    [Fact]
    public void Only_a_piece_ending_in_a_bodys_kind_is_taken_for_one()
    {
        Assert.True(InstitutionAfterBylineComma.Is("Open Maps Foundation"));
        Assert.True(InstitutionAfterBylineComma.Is("Deutscher Sportverband"));
        Assert.False(InstitutionAfterBylineComma.Is("Paula Foundling"));
        Assert.False(InstitutionAfterBylineComma.Is("Foundation"));
    }
}
