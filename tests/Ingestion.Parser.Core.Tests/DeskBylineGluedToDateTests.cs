using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A desk's byline with the date after it on one line (MetadataLine.ReadNamesGluedToDate).</summary>
public class DeskBylineGluedToDateTests
{
    [Fact]
    public void A_desk_byline_before_a_date_names_no_writer_and_gives_the_date()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("By Our Harbour Staff 3 March 2021 • 9:15am", ref found));
        Assert.Null(found.Authors);
        Assert.StartsWith("2021-03-03", found.Time?.ToIso());
    }

    [Fact]
    public void A_persons_byline_before_a_date_still_names_the_writer()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("By Jane Holloway 3 March 2021 • 9:15am", ref found));
        Assert.Equal(["Jane Holloway"], found.Authors);
    }

    [Fact]
    public void A_bare_name_and_town_before_a_day_still_name_the_writer()
    {
        var found = new MetadataLine.Found();

        Assert.True(MetadataLine.TryRead("Lucía Benavente Madrid 19 NOV 2013 - 16:12 CET", ref found));
        Assert.Equal(["Lucía Benavente"], found.Authors);
    }

    [Fact]
    public void A_text_page_signed_by_a_desk_with_its_date_has_no_author()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               Harbour crane collapses in storm, port authority tells workers

               Officials, who inspected the site after the storm passed, said: 'We regret the damage'

               By Our Harbour Staff 3 March 2021 • 9:15am

               The harbour authority said on Friday that a crane had collapsed during the storm overnight, and that nobody was hurt.

               Workers were told to stay away from the eastern quay until engineers had inspected the remaining cranes.

               Repairs are expected to take several weeks, and shipping will be moved to the western quay meanwhile.
            """), "crane.txt");

        Assert.Empty(page.Authors);
        Assert.Equal("2021-03-03T09:15:00", page.PublishedAt);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }
}
