import sys


def main() -> None:
    print("chat", sys.argv)


if __name__ == "__main__":
    main()
