namespace Search.Api.Endpoints;

/// <summary>The problem+json responses the API gives for requests it cannot answer.</summary>
public static class Problems
{
    public static IResult BadRequest(string detail) =>
        Results.Problem(title: "Invalid request", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string detail) =>
        Results.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
