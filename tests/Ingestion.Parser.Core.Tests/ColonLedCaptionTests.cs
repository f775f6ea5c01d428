using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ColonLedCaptionTests
{
    [Theory]
    [InlineData("Moving on: Brandi Castellano and Troy Mercer, pictured at a premiere in November, have listed their Malibu home")]
    [InlineData("ALL SMILES: The cast gathered for photographs outside the theatre")]
    public void A_short_lead_and_a_colon_before_a_long_caption_is_one(string line) =>
        Assert.True(ColonLedCaption.Is(line));

    [Theory]
    [InlineData("The council voted on Tuesday: Whitfield, Engstrom and Bader said yes")]
    [InlineData("Moving on: the couple left")]
    [InlineData("At 10:30 the couple left the restaurant by a side door and drove off")]
    [InlineData("Brandi Castellano and Troy Mercer have listed their Malibu home")]
    public void A_long_lead_a_short_rest_a_time_or_no_colon_is_no_colon_led_caption(string line) =>
        Assert.False(ColonLedCaption.Is(line));
}
