using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FirstPublishedUnderDateTests
{
    private const string Head = "The Munster Chronicle\n\nConsultants reject HSE plan for weekend rosters in Cork hospitals\n\nBy Gráinne Ní Fhloinn\n";

    private const string Text = "\nHospital consultants have rejected a HSE plan to roster senior doctors for weekend and evening work in four hospitals in the south.\n\n"
        + "The association said the proposals would breach the contracts agreed in 2008 and could not be imposed without negotiation.\n";

    private static ParsedPage Parse(string dates) => PageParser.Parse(Encoding.UTF8.GetBytes(Head + dates + Text), "snapshot.txt");

    [Theory]
    [InlineData("First published: Thu, Sep 26, 2013, 07:15", true)]
    [InlineData("Originally posted 26 September 2013 07:15", true)]
    [InlineData("First-half goals from Keane and Walsh settled it", false)]
    [InlineData("Published: Thu, Sep 26, 2013, 07:15", false)]
    public void Only_a_first_publication_label_counts(string line, bool labelled) => Assert.Equal(labelled, FirstPublishedUnderDate.HasLabel(line));

    [Fact]
    public void Under_a_bare_date_line_the_labelled_first_publication_is_the_publish_time()
    {
        var parsed = Parse("Thu, Sep 26, 2013, 18:42\nFirst published: Thu, Sep 26, 2013, 07:15\n");

        Assert.Equal("2013-09-26T07:15:00", parsed.PublishedAt);
    }

    [Fact]
    public void A_first_publication_later_than_the_line_over_it_is_not_taken()
    {
        var parsed = Parse("Thu, Sep 26, 2013, 07:15\nFirst published: Thu, Sep 26, 2013, 18:42\n");

        Assert.Equal("2013-09-26T07:15:00", parsed.PublishedAt);
    }
}
