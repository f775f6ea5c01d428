using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DocumentLinkLineTests
{
    [Theory]
    [InlineData("Read the ruling (PDF)", true)]
    [InlineData("Download the full decision [PDF, 1.2 MB]", true)]
    [InlineData("The judge's 42-page ruling was posted online (PDF)", true)]
    [InlineData("The court posted its ruling on Friday. (PDF)", false)]
    [InlineData("Court records show the city paid $40,000 for the study, released as a 90-page report (PDF)", false)]
    [InlineData("Read the ruling", false)]
    [InlineData("He said the city would appeal (again).", false)]
    public void A_short_link_ending_in_the_files_kind_is_no_paragraph(string text, bool furniture) =>
        Assert.Equal(furniture, DocumentLinkLine.Is(text));
}
