using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ReportingCreditLineTests
{
    [Theory]
    [InlineData("Additional reporting by Ana Ruiz; Editing by Tom Hale and Lisa Marr", true)]
    [InlineData("Reporting by Kofi Mensah in Accra; Editing by Priya Nair", true)]
    [InlineData("Writing by Jonas Berg; editing by Mark Doyle", true)]
    [InlineData("Reporting by the county auditor found the fund was short $2 million.", false)]
    [InlineData("Additional reporting by staff at the paper helped, the editor said; nobody else did.", false)]
    [InlineData("The council voted 5-2 on Tuesday to keep the pool open.", false)]
    public void A_wire_storys_credit_line_without_brackets_is_no_text(string line, bool credit) =>
        Assert.Equal(credit, ReportingCreditLine.Is(line));
}
