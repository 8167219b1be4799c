"""A respondent driving the survey pages through the test client, as a browser without JavaScript would."""

from tests.factories import csrf_token


class Respondent:
    def __init__(self, client, token: str):
        self.client = client
        self.token = token
        self.url = f"/s/{token}"

    def start(self):
        welcome = self.client.get(self.url)
        return self.client.post(self.url, data={"csrf_token": csrf_token(welcome.text)})

    def answer(self, number: int, answer=None, **fields):
        """Post one question page; ``answer`` is the value (or list of values) of a one-part question."""
        page = self.client.get(f"{self.url}/{number}")
        data = {"csrf_token": csrf_token(page.text), **fields}
        if answer is not None:
            data["answer"] = answer
        return self.client.post(f"{self.url}/{number}", data=data)

    def skip(self, number: int):
        return self.answer(number, action="skip")

    def send(self, quote="yes", share=None):
        page = self.client.get(f"{self.url}/your-words")
        data = {"csrf_token": csrf_token(page.text), "quote": quote}
        if share:
            data["share"] = share
        return self.client.post(f"{self.url}/your-words", data=data)
