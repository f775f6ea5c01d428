using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class OrganisationNameFormTests
{
    [Theory]
    [InlineData("Organization for Transcribed Letters")]
    [InlineData("The Society of Harbour Pilots")]
    [InlineData("Foundation for Local Records")]
    public void A_bodys_name_of_kind_and_purpose_is_no_writer(string author) => Assert.True(OrganisationNameForm.Is(author));

    [Theory]
    [InlineData("Morgan Foundation")]
    [InlineData("Office Hours")]
    [InlineData("Tamsin Orr")]
    [InlineData("society of harbour pilots")]
    public void A_persons_name_or_another_form_stays(string author) => Assert.False(OrganisationNameForm.Is(author));

    [Fact]
    public void The_byline_names_the_writer_where_the_author_meta_names_the_archives_body()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Letters from the Lighthouse - Chapter 1 - QuietKeeper [Harbour Archive]</title>
            <meta name="author" content="Organization for Transcribed Letters"></head><body>
            <div id="workskin"><div class="preface group"><h2 class="title heading">Letters from the Lighthouse</h2>
            <h3 class="byline heading"><a rel="author" href="/users/QuietKeeper">QuietKeeper</a></h3></div>
            <div class="userstuff module" role="article">
            <p>The keeper wrote to her sister every week, and the letters arrived in bundles whenever the supply boat came.</p>
            <p>Most of them were about the weather, but a few were about the ships that passed too close to the rocks at night.</p>
            </div></div></body></html>
            """), "work.html");

        Assert.Equal(["QuietKeeper"], page.Authors);
    }
}
