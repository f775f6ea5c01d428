using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CorrectionRequestLineTests
{
    [Theory]
    [InlineData("To report an error, email corrections@marlowcourier.com or call the newsroom at 555-0140.", true)]
    [InlineData("If you see an error in our coverage, call 555-0140.", true)]
    [InlineData("To report an error in the county's records, residents must file a form with the clerk.", false)]
    [InlineData("To request a correction of the deed, the family hired a lawyer in 2011.", false)]
    [InlineData("The school board met Tuesday to vote on the budget.", false)]
    public void A_line_telling_readers_where_to_send_corrections_is_no_text(string line, bool request) =>
        Assert.Equal(request, CorrectionRequestLine.Is(line));
}
