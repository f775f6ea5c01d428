using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class AngleBracketSignatureTests
{
    [Fact]
    public void Initials_in_angle_brackets_in_the_writers_element_name_the_writer()
    {
        var page = HarborPortalPage.Parse(signature: """<span class="writer writer-name">《MH》</span>""");

        Assert.Equal(["MH"], page.Authors);
    }

    [Fact]
    public void A_name_in_ideographs_in_angle_brackets_names_the_writer()
    {
        var page = HarborPortalPage.Parse(signature: """<span class="writer writer-name">《港 花子》</span>""");

        Assert.Equal(["港 花子"], page.Authors);
    }

    [Fact]
    public void The_desk_in_angle_brackets_names_no_writer()
    {
        var page = HarborPortalPage.Parse(signature: """<span class="writer writer-name">《編集部》</span>""");

        Assert.DoesNotContain("編集部", page.Authors);
        Assert.DoesNotContain("《編集部》", page.Authors);
    }
}
