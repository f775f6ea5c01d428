using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NameCommaRoleBylineTests
{
    [Theory]
    [InlineData("Gráinne Ní Fhloinn, Health Correspondent")]
    [InlineData("Christopher Thaxter, Staff Reporter")]
    [InlineData("Kirsty Wainui-Hart, Rural Affairs Reporter")]
    public void A_name_and_a_job_title_after_a_comma_is_a_byline_box(string line) => Assert.True(NameCommaRoleByline.Is(line));

    [Theory]
    [InlineData("Marta Ruiz, a nurse at the hospital, said the ward was full.")]
    [InlineData("Cork, Health Correspondent")]
    [InlineData("Gráinne Ní Fhloinn, Cork")]
    [InlineData("Gráinne Ní Fhloinn, Health Correspondent, 26 September 2013")]
    [InlineData("Health Service Executive, Cork University Hospital, IHCA")]
    public void A_sentence_a_place_or_a_list_is_none(string line) => Assert.False(NameCommaRoleByline.Is(line));

    [Fact]
    public void Over_such_a_byline_a_line_longer_than_the_headline_is_its_deck()
    {
        const string text = "The Munster Chronicle\n\nHealth\n\nConsultants reject HSE plan for weekend rosters in Cork hospitals\n\n"
            + "Association says proposals breach 2008 contract and cannot be imposed\n\nGráinne Ní Fhloinn, Health Correspondent\n"
            + "Published: 26 September 2013 07:15 IST\n\n"
            + "Hospital consultants have rejected a HSE plan to roster senior doctors for weekend and evening work in four hospitals in the south.\n\n"
            + "The association said the proposals would breach the contracts agreed in 2008 and could not be imposed without negotiation.\n";

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(text), "snapshot.txt");

        Assert.Equal("Consultants reject HSE plan for weekend rosters in Cork hospitals", parsed.Title);
        Assert.DoesNotContain("Association says proposals breach 2008 contract and cannot be imposed", parsed.BodyParagraphs);
    }

    [Fact]
    public void Over_a_shorter_line_the_byline_box_keeps_the_headline_over_its_deck()
    {
        const string text = "The Kingston Gleaner\n\nLead Stories\n\nDrought wipes out half of St Bess vegetable crop\n\n"
            + "Prices set to climb as farmers count losses\n\nChristopher Thaxter, Staff Reporter\n\n"
            + "Farmers in St Elizabeth say they have lost more than half of this year's vegetable crop to the drought this summer.\n\n"
            + "The parish has had less than a third of its normal rainfall since May, according to the Meteorological Service.\n";

        var parsed = PageParser.Parse(Encoding.UTF8.GetBytes(text), "snapshot.txt");

        Assert.Equal("Drought wipes out half of St Bess vegetable crop", parsed.Title);
    }
}
